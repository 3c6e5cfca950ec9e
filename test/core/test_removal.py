"""The dense removal closures against a brute force written here: every node removed in turn, the best paths
solved again from scratch (Floyd–Warshall), on random graphs with stepping stones (a = 0) and ties."""
from __future__ import annotations

import numpy as np
import pytest

from neaspec_planner.core import removal


def brute_losses(a, links, unweighted):
    """Σ_{s,t≠k} a_s a_t (v*_st − v*_st without k) for every k, each removal solved from scratch."""
    n = len(a)
    base = np.full((n, n), np.inf)
    for (s, t), w in links.items():
        base[s, t] = base[t, s] = min(base[s, t], 1.0 if unweighted else w)
    np.fill_diagonal(base, 0.0)

    def value(keep):
        d = base[np.ix_(keep, keep)].copy()
        for m in range(len(d)):
            d = np.minimum(d, d[:, m:m + 1] + d[m:m + 1, :])
        with np.errstate(divide="ignore"):
            v = np.where(np.isfinite(d), 1.0 / (1.0 + d), 0.0) if unweighted else np.exp(-d)
        return v

    every = np.arange(n)
    full = value(every)
    out = np.zeros(n)
    for k in range(n):
        keep = np.delete(every, k)
        ak = a[keep]
        out[k] = ak @ full[np.ix_(keep, keep)] @ ak - ak @ value(keep) @ ak
    return out


@pytest.mark.parametrize("unweighted", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_removal_matches_a_fresh_solve(seed, unweighted):
    rng = np.random.default_rng(seed)
    n = 23
    a = rng.uniform(0.5, 5.0, n)
    a[rng.choice(n, 6, replace=False)] = 0.0  # stepping stones
    links = {}
    for s in range(n):
        for t in range(s + 1, n):
            if rng.random() < 0.18:
                # integer-ish weights make ties (equally good paths)
                links[(s, t)] = float(rng.integers(1, 4)) * 0.3
    i = np.array([k[0] for k in links], dtype=np.int64)
    j = np.array([k[1] for k in links], dtype=np.int64)
    w = np.array(list(links.values()))
    ref = brute_losses(a, links, unweighted)
    every = np.arange(n)
    got = removal.connector_losses(removal.closure_matrix(n, i, j, w, unweighted), a, every, unweighted)
    np.testing.assert_allclose(got, ref, rtol=1e-10, atol=1e-10)
    assert (ref > 1e-9).sum() >= 3  # the case exercises real connectors
    # only some nodes as candidates (the others inserted once at the root): their losses are the same
    some = every[::3]
    part = removal.connector_losses(removal.closure_matrix(n, i, j, w, unweighted), a, some, unweighted)
    np.testing.assert_allclose(part, ref[some], rtol=1e-10, atol=1e-10)


def test_a_disconnected_graph_and_a_single_candidate():
    a = np.array([1.0, 2.0, 3.0, 4.0])
    i, j, w = np.array([0, 1]), np.array([1, 2]), np.array([0.5, 0.5])  # 0–1–2, node 3 alone
    got = removal.connector_losses(removal.closure_matrix(4, i, j, w, False), a, np.array([1]), False)
    # without 1 the pair (0, 2) loses p* = e^{-1}, counted both ways: 2 · 1 · 3 · e^{-1}
    assert got[0] == pytest.approx(6.0 * np.exp(-1.0), rel=1e-12)
    hops = removal.connector_losses(removal.closure_matrix(4, i, j, w, True), a, np.array([1]), True)
    assert hops[0] == pytest.approx(6.0 / 3.0, rel=1e-12)  # 1 / (1 + 2 links), both ways


@pytest.mark.parametrize("unweighted", [False, True])
def test_blocked_insertions_equal_the_sequential_ones_bit_for_bit(unweighted, monkeypatch):
    rng = np.random.default_rng(7)
    n = 150
    i, j = np.triu_indices(n, 1)
    pick = rng.random(len(i)) < 0.05
    i, j, w = i[pick], j[pick], rng.uniform(0.1, 2.0, pick.sum())
    a = rng.uniform(0.0, 3.0, n)
    order = rng.permutation(n)
    base = removal.closure_matrix(n, i, j, w, unweighted)
    plain = base.copy()
    ring = removal._Semiring(plain, a, unweighted)
    monkeypatch.setattr(removal, "CACHE_BYTES", 10 ** 12)  # never blocked
    ring.insert(plain, order)
    monkeypatch.setattr(removal, "CACHE_BYTES", 0)
    monkeypatch.setattr(removal, "BLOCK", 8)
    monkeypatch.setattr(removal, "TILE", 16)
    blocked = base.copy()
    ring.insert(blocked, order)
    assert np.array_equal(plain, blocked)
    assert not np.array_equal(plain, base)
