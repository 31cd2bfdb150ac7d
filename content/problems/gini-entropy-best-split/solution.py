import numpy as np


def _impurity(counts: np.ndarray, criterion: str) -> np.ndarray:
    """Impurity of each row of class counts (rows must have a positive total)."""
    p = counts / counts.sum(axis=-1, keepdims=True)
    if criterion == "gini":
        return 1.0 - (p ** 2).sum(axis=-1)
    if criterion == "entropy":
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(p > 0, p * np.log2(p), 0.0)
        return -terms.sum(axis=-1)
    raise ValueError(f"unknown criterion {criterion!r}")


def best_split(x: np.ndarray, y: np.ndarray, criterion: str) -> tuple[float, float]:
    """Return (threshold, impurity decrease) of the best midpoint split of x; (nan, 0.0) if x is constant."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y)
    order = np.argsort(x, kind="stable")
    xs = x[order]
    _, codes = np.unique(y[order], return_inverse=True)
    n = len(xs)

    # last sorted position of every distinct value except the largest: the valid split points
    ends = np.flatnonzero(xs[1:] != xs[:-1])
    if len(ends) == 0:
        return float("nan"), 0.0

    onehot = np.eye(codes.max() + 1)[codes]
    left = np.cumsum(onehot, axis=0)[ends]             # class counts of each left child
    total = onehot.sum(axis=0)
    right = total - left
    n_left = left.sum(axis=1)
    gains = (_impurity(total, criterion)
             - n_left / n * _impurity(left, criterion)
             - (n - n_left) / n * _impurity(right, criterion))

    best = np.flatnonzero(gains >= gains.max() - 1e-12)[0]   # candidates are in increasing threshold order
    i = ends[best]
    return float((xs[i] + xs[i + 1]) / 2), float(gains[best])
