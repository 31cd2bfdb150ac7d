# Wrong: macro-averages only over the classes present in y_true.
import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, average: str):
    classes = np.array([1]) if average == "binary" else np.unique(y_true)
    ps, rs, fs = [], [], []
    for c in classes:
        tp = np.sum((y_true == c) & (y_pred == c))
        npred, ntrue = np.sum(y_pred == c), np.sum(y_true == c)
        p = tp / npred if npred else 0.0
        r = tp / ntrue if ntrue else 0.0
        ps.append(p); rs.append(r); fs.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(ps)), float(np.mean(rs)), float(np.mean(fs))
