# Wrong: computes entropy with the natural logarithm instead of log base 2.
import numpy as np


def _imp(c, criterion):
    p = c / c.sum()
    if criterion == "gini":
        return 1.0 - (p ** 2).sum()
    p = p[p > 0]
    return -(p * np.log(p)).sum()


def best_split(x, y, criterion):
    vals = np.unique(x)
    if len(vals) < 2:
        return float("nan"), 0.0
    classes = np.unique(y)
    count = lambda m: np.array([(y[m] == c).sum() for c in classes], dtype=float)
    parent = _imp(count(np.ones(len(x), bool)), criterion)
    best_t, best_g = None, -np.inf
    for a, b in zip(vals[:-1], vals[1:]):
        t = (a + b) / 2
        m = x <= t
        g = parent - m.mean() * _imp(count(m), criterion) - (~m).mean() * _imp(count(~m), criterion)
        if g > best_g + 1e-12:
            best_t, best_g = t, g
    return float(best_t), float(best_g)
