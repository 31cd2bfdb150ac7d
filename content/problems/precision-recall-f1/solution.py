import numpy as np


def _safe_div(num, den):
    """num / den elementwise, with 0 where den == 0."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    return np.divide(num, den, out=np.zeros_like(num), where=den != 0)


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, average: str):
    """Return (precision, recall, f1) for class 1 ("binary") or averaged over classes ("macro"); 0/0 -> 0."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if average == "binary":
        classes = np.array([1])
    elif average == "macro":
        classes = np.unique(np.concatenate([y_true, y_pred]))
    else:
        raise ValueError(f"unknown average {average!r}")
    is_true = y_true[None, :] == classes[:, None]         # (n_classes, n)
    is_pred = y_pred[None, :] == classes[:, None]
    tp = (is_true & is_pred).sum(axis=1)
    fp = (~is_true & is_pred).sum(axis=1)
    fn = (is_true & ~is_pred).sum(axis=1)
    precision = _safe_div(tp, tp + fp)
    recall = _safe_div(tp, tp + fn)
    f1 = _safe_div(2 * precision * recall, precision + recall)
    return float(precision.mean()), float(recall.mean()), float(f1.mean())
