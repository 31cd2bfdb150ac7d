import numpy as np

EPS = 1e-15


def log_loss(y_true: np.ndarray, y_prob: np.ndarray) -> float:
    """Mean negative natural log of the (clipped to [1e-15, 1 - 1e-15]) probability of the true class."""
    y = np.asarray(y_true).astype(np.int64)
    p = np.clip(np.asarray(y_prob, dtype=float), EPS, 1 - EPS)
    if p.ndim == 1:
        p_true = np.where(y == 1, p, 1.0 - p)          # p is P(class 1)
    else:
        p_true = p[np.arange(len(y)), y]               # column of the true class
    return float(-np.mean(np.log(p_true)))
