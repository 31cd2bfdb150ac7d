# Wrong: returns the left value v_i as the threshold instead of the midpoint between v_i and v_{i+1}.
import numpy as np


def _imp(c, criterion):
    p = c / c.sum()
    if criterion == "gini":
        return 1.0 - (p ** 2).sum()
    p = p[p > 0]
    return -(p * np.log2(p)).sum()


def best_split(x, y, criterion):
    vals = np.unique(x)
    if len(vals) < 2:
        return float("nan"), 0.0
    classes = np.unique(y)
    count = lambda m: np.array([(y[m] == c).sum() for c in classes], dtype=float)
    parent = _imp(count(np.ones(len(x), bool)), criterion)
    best_t, best_g = None, -np.inf
    for v in vals[:-1]:
        m = x <= v
        g = parent - m.mean() * _imp(count(m), criterion) - (~m).mean() * _imp(count(~m), criterion)
        if g > best_g + 1e-12:
            best_t, best_g = v, g
    return float(best_t), float(best_g)
