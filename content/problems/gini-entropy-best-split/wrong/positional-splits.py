# Wrong: splits after every sorted position, including between repeated values, which no threshold can do.
import numpy as np


def _imp(c, criterion):
    p = c / c.sum()
    if criterion == "gini":
        return 1.0 - (p ** 2).sum()
    p = p[p > 0]
    return -(p * np.log2(p)).sum()


def best_split(x, y, criterion):
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    n = len(xs)
    if xs[0] == xs[-1]:
        return float("nan"), 0.0
    classes = np.unique(y)
    count = lambda part: np.array([(part == c).sum() for c in classes], dtype=float)
    parent = _imp(count(ys), criterion)
    best_t, best_g = None, -np.inf
    for i in range(1, n):
        g = parent - i / n * _imp(count(ys[:i]), criterion) - (n - i) / n * _imp(count(ys[i:]), criterion)
        if g > best_g + 1e-12:
            best_t, best_g = (xs[i - 1] + xs[i]) / 2, g
    return float(best_t), float(best_g)
