# Wrong: macro F1 computed as the harmonic mean of macro precision and macro recall.
import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, average: str):
    classes = np.array([1]) if average == "binary" else np.unique(np.concatenate([y_true, y_pred]))
    ps, rs = [], []
    for c in classes:
        tp = np.sum((y_true == c) & (y_pred == c))
        npred, ntrue = np.sum(y_pred == c), np.sum(y_true == c)
        ps.append(tp / npred if npred else 0.0)
        rs.append(tp / ntrue if ntrue else 0.0)
    p, r = float(np.mean(ps)), float(np.mean(rs))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
