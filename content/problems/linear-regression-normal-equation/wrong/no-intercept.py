# Wrong: fits through the origin, then reports a zero intercept.
import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    w, *_ = np.linalg.lstsq(X, y, rcond=None)
    return np.concatenate([[0.0], w])
