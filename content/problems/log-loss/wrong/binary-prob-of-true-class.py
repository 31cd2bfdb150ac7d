# Wrong: in the binary case treats y_prob as the probability of the true class instead of class 1.
import numpy as np


def log_loss(y_true: np.ndarray, y_prob: np.ndarray) -> float:
    p = np.clip(np.asarray(y_prob, dtype=float), 1e-15, 1 - 1e-15)
    if p.ndim == 1:
        return float(-np.mean(np.log(p)))
    return float(-np.mean(np.log(p[np.arange(len(y_true)), y_true])))
