"""Every node's connector loss from dense removal closures (Floyd–Warshall insertions shared by divide and conquer).

For one connected component of m nodes, M_S denotes the best-path matrix whose paths may pass only through the
nodes of S (Floyd–Warshall's invariant: inserting node k as an intermediate is M ← M ⊕ (M[:, k] ⊗ M[k, :])).
The graph without k has, between any s, t ≠ k, exactly the best paths through V \\ {k}: M_{V∖{k}}. Removing k
and keeping every other node as an intermediate is therefore the closure with every node inserted but k.

Divide and conquer shares the insertions between the nodes: for a set C of candidates (the other nodes already
inserted), split C into halves L and R; the matrix for L is the current one with R inserted, the matrix for R
the current one with L inserted; recurse. Every candidate ends at a leaf holding M_{V∖{k}}; each level of the
recursion inserts every candidate once, so the whole costs m² · (|V∖C| + |C| · (⌈log₂|C|⌉ + 1)) cell updates,
all vectorised n × n numpy operations, with one preallocated matrix per depth.

Candidates are the nodes internal to a best-path tree of a weighted source (``connectivity.importance``): any
other node lies on no best path it alone carries, its connector is 0 exactly and it is inserted once, at the root.

Two semirings:

* PC, (max, ×) on probabilities in float64: p*_st = max over paths of the product of the direct p;
* IIC, (min, +) on link counts in uint16, with ``NO_PATH`` = 32767 for "no path" (the sum of two stays below
  65,535; a component has far fewer than 32,767 nodes, see ``connectivity.DENSE_MAX_NODES``).

At the leaf of k the loss is Σ_{s,t ≠ k} a_s a_t (v(M ⊕ M[:,k] ⊗ M[k,:]) − v(M)), with v = p for PC and
1 / (1 + nl) for IIC (0 without a path): the full closure differs from M_{V∖{k}} exactly where k carries a best path,
so untouched pairs add exactly 0 (no rounding noise from two different computations of the same number).
"""
from __future__ import annotations

import math
from typing import Callable, Optional

import numpy as np

#: "No path" in the IIC link-count matrices.
NO_PATH = 32767


def closure_matrix(m: int, i: np.ndarray, j: np.ndarray, w: np.ndarray, unweighted: bool) -> np.ndarray:
    """The matrix of direct links of one component (local node numbers): p = exp(−w) for PC, 1 link for IIC."""
    if unweighted:
        mat = np.full((m, m), NO_PATH, dtype=np.uint16)
        mat[i, j] = 1
        mat[j, i] = 1
        np.fill_diagonal(mat, 0)
        return mat
    mat = np.zeros((m, m))
    p = np.exp(-np.asarray(w, dtype=float))
    # several links between one pair: the most probable one
    np.maximum.at(mat, (i, j), p)
    np.maximum.at(mat, (j, i), p)
    np.fill_diagonal(mat, 1.0)
    return mat


def work(m: int, candidates: int) -> float:
    """Cell updates of ``connector_losses`` for m nodes, ``candidates`` of them leaves (the cost model's unit)."""
    if candidates <= 0:
        return 0.0
    depth = math.ceil(math.log2(candidates)) if candidates > 1 else 0
    return float(m) * m * ((m - candidates) + candidates * (depth + 2))


def memory(m: int, candidates: int, unweighted: bool) -> int:
    """Bytes of the matrices ``connector_losses`` holds at once (one per depth, the root and a scratch one)."""
    depth = math.ceil(math.log2(candidates)) if candidates > 1 else 0
    return m * m * (2 if unweighted else 8) * (depth + 3)


class _Semiring:
    """Insertion of intermediates and the leaf loss, for one component's matrices."""

    def __init__(self, mat: np.ndarray, a: np.ndarray, unweighted: bool) -> None:
        self.unweighted = unweighted
        self.a = np.asarray(a, dtype=float)
        self.scratch = np.empty_like(mat)

    def insert(self, mat: np.ndarray, nodes: np.ndarray) -> None:
        tmp = self.scratch
        for k in nodes:
            row = mat[k].copy()  # symmetric: row k is column k
            if self.unweighted:
                np.add(row[:, None], row[None, :], out=tmp)
                np.minimum(mat, tmp, out=mat)
            else:
                np.multiply(row[:, None], row[None, :], out=tmp)
                np.maximum(mat, tmp, out=mat)

    def leaf_loss(self, mat: np.ndarray, k: int) -> float:
        row = mat[k]
        m = len(row)
        if self.unweighted:
            full = np.add(row[:, None], row[None, :], out=self.scratch)
            idx = np.flatnonzero(full < mat)  # the pairs whose best path ran only through k
            gain = _IIC_VALUE[full.ravel()[idx]] - _IIC_VALUE[mat.ravel()[idx]]
        else:
            via = np.multiply(row[:, None], row[None, :], out=self.scratch)
            idx = np.flatnonzero(via > mat)
            gain = via.ravel()[idx] - mat.ravel()[idx]
        s, t = np.divmod(idx, m)
        a = self.a
        weight = a[s] * a[t]
        weight[(s == k) | (t == k)] = 0.0
        return float(weight @ gain)


#: 1 / (1 + nl) for every link count nl of the uint16 matrices, 0 for NO_PATH and above.
_IIC_VALUE = np.concatenate([1.0 / (1.0 + np.arange(NO_PATH)), np.zeros(2 ** 16 - NO_PATH)])


def connector_losses(mat: np.ndarray, a: np.ndarray, candidates: np.ndarray, unweighted: bool,
                     progress: Optional[Callable[[float], None]] = None) -> np.ndarray:
    """Σ_{s,t ≠ k} a_s a_t (v*_st − v*_st without k) for every candidate k of one component (``mat``: its links).

    ``mat`` is overwritten. Returns the losses of the candidates, in their order. Cancel: ``progress`` may raise.
    """
    a = np.asarray(a, dtype=float)
    cand = np.asarray(candidates, dtype=np.int64)
    others = np.setdiff1d(np.arange(len(mat)), cand)
    _Semiring(mat, a, unweighted).insert(mat, others)
    loss = np.zeros(len(cand))
    if not len(cand):
        return loss
    # a node inserted for good that is no end of a weighted pair (a = 0, a stepping stone) is needed no more
    keep = np.ones(len(mat), dtype=bool)
    keep[others[a[others] <= 0]] = False
    if not keep.all():
        mat = np.ascontiguousarray(mat[np.ix_(keep, keep)])
        cand = np.cumsum(keep)[cand] - 1
        a = a[keep]
    ring = _Semiring(mat, a, unweighted)
    depth = math.ceil(math.log2(len(cand))) if len(cand) > 1 else 0
    buffers = [np.empty_like(mat) for _ in range(depth)]
    done = [0]

    def solve(current: np.ndarray, lo: int, hi: int, level: int) -> None:
        if hi - lo == 1:
            loss[lo] = ring.leaf_loss(current, int(cand[lo]))
            done[0] += 1
            if progress is not None:
                progress(done[0] / len(cand))
            return
        mid = (lo + hi) // 2
        left = buffers[level]
        np.copyto(left, current)
        ring.insert(left, cand[mid:hi])
        solve(left, lo, mid, level + 1)
        ring.insert(current, cand[lo:mid])  # the caller no longer needs ``current`` as it was
        solve(current, mid, hi, level + 1)

    solve(mat, 0, len(cand), 0)
    return loss
