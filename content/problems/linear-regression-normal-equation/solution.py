import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return [intercept, w_1, ..., w_d] minimising the squared error (minimum norm if rank-deficient)."""
    design = np.column_stack([np.ones(len(X)), X])
    theta, *_ = np.linalg.lstsq(design, y, rcond=None)
    return theta
