# Wrong: divides without a guard, so a class that is never predicted (or never present) gives NaN.
import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, average: str):
    classes = np.array([1]) if average == "binary" else np.unique(np.concatenate([y_true, y_pred]))
    ps, rs, fs = [], [], []
    with np.errstate(divide="ignore", invalid="ignore"):
        for c in classes:
            tp = np.float64(np.sum((y_true == c) & (y_pred == c)))
            p = tp / np.sum(y_pred == c)
            r = tp / np.sum(y_true == c)
            ps.append(p); rs.append(r); fs.append(2 * p * r / (p + r))
    return float(np.mean(ps)), float(np.mean(rs)), float(np.mean(fs))
