# Wrong: counts only pairs where the positive scores strictly higher; tied pairs get no credit.
import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    pos = scores[y_true == 1]
    neg = np.sort(scores[y_true == 0])
    below = np.searchsorted(neg, pos, side="left")       # negatives strictly below each positive
    return float(below.sum() / (len(pos) * len(neg)))
