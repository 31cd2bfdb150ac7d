# Wrong: uses ordinal ranks (argsort of argsort), so tied scores get arbitrary distinct ranks.
import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    ranks = np.argsort(np.argsort(scores, kind="mergesort"), kind="mergesort") + 1.0
    n1 = int((y_true == 1).sum())
    n0 = len(y_true) - n1
    return float((ranks[y_true == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))
