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
#: Matrices larger than this are stepped BLOCK insertions at a time over tiles of TILE rows (``_insert_blocked``).
CACHE_BYTES = 4_000_000
BLOCK = 32
TILE = 64


def closure_matrix(m: int, i: np.ndarray, j: np.ndarray, w: np.ndarray, unweighted: bool) -> np.ndarray:
    """The matrix of direct links of one component (local node numbers): p = exp(−w) for PC, 1 link for IIC."""
    if unweighted:
        hops = np.full((m, m), NO_PATH, dtype=np.uint16)
        hops[i, j] = 1
        hops[j, i] = 1
        np.fill_diagonal(hops, 0)
        return hops
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
        """Insert ``nodes`` as intermediates, in their order (Floyd–Warshall steps)."""
        if len(nodes) >= 2 * BLOCK and mat.nbytes > CACHE_BYTES:
            self._insert_blocked(mat, nodes)
            return
        tmp = self.scratch
        for k in nodes:
            row = mat[k].copy()  # symmetric: row k is column k
            self._combine(row[:, None], row[None, :], tmp)
            self._better(mat, tmp, mat)

    def _insert_blocked(self, mat: np.ndarray, nodes: np.ndarray) -> None:
        """The same steps in the same order for every row, BLOCK insertions at a time over tiles of TILE rows,
        so that a tile stays in the processor's cache (large matrices are otherwise memory-bound).

        Row s after the steps k_1 … k_b depends only on row s and on the rows k_1 … k_b as they were at their own
        step (a step leaves its own row unchanged: M_kk is the identity). Those rows are taken first, from a
        panel of the block's rows stepped in order; then every tile applies the block's steps to its rows. The
        operations on each cell are the sequential ones, so the result is the same bit for bit.
        """
        m = len(mat)
        tile_tmp = np.empty((TILE, m), dtype=mat.dtype)
        for start in range(0, len(nodes), BLOCK):
            block = nodes[start:start + BLOCK]
            panel = mat[block]
            rows = np.empty((len(block), m), dtype=mat.dtype)
            for b, k in enumerate(block):
                rows[b] = panel[b]
                self._better(panel, self._combine(panel[:, k, None], rows[b][None, :]), panel)
            for top in range(0, m, TILE):
                part = mat[top:top + TILE]
                tmp = tile_tmp[:len(part)]
                for b, k in enumerate(block):
                    self._combine(part[:, k, None], rows[b][None, :], tmp)
                    self._better(part, tmp, part)

    def _combine(self, x: np.ndarray, y: np.ndarray, out: Optional[np.ndarray] = None) -> np.ndarray:
        """The value of a path through k: the product of the probabilities (PC), the sum of the links (IIC)."""
        return np.add(x, y, out=out) if self.unweighted else np.multiply(x, y, out=out)

    def _better(self, x: np.ndarray, y: np.ndarray, out: np.ndarray) -> None:
        if self.unweighted:
            np.minimum(x, y, out=out)
        else:
            np.maximum(x, y, out=out)

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
