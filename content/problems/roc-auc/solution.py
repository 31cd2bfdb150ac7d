import numpy as np


def _average_ranks(x: np.ndarray) -> np.ndarray:
    """1-based ranks of x, tied values sharing the average of the ranks they span."""
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    n = len(x)
    # start of each run of equal values in sorted order
    new_group = np.concatenate([[True], xs[1:] != xs[:-1]])
    group_id = np.cumsum(new_group) - 1
    starts = np.flatnonzero(new_group)                     # 0-based first position of each group
    ends = np.concatenate([starts[1:], [n]]) - 1           # 0-based last position
    group_rank = (starts + ends) / 2.0 + 1.0               # average 1-based rank of the group
    ranks = np.empty(n)
    ranks[order] = group_rank[group_id]
    return ranks


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve; tied positive/negative pairs count one half."""
    y = np.asarray(y_true) == 1
    s = np.asarray(scores, dtype=float)
    n1 = int(y.sum())
    n0 = len(y) - n1
    ranks = _average_ranks(s)
    return float((ranks[y].sum() - n1 * (n1 + 1) / 2.0) / (n1 * n0))
