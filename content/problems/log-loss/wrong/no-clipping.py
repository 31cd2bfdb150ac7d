# Wrong: takes logarithms without clipping, so a zero probability for the true class gives inf.
import numpy as np


def log_loss(y_true: np.ndarray, y_prob: np.ndarray) -> float:
    p = np.asarray(y_prob, dtype=float)
    with np.errstate(divide="ignore"):
        if p.ndim == 1:
            return float(-np.mean(np.where(y_true == 1, np.log(p), np.log(1 - p))))
        return float(-np.mean(np.log(p[np.arange(len(y_true)), y_true])))
