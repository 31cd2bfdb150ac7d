import numpy as np


def fit_linear_regression_gd(X: np.ndarray, y: np.ndarray,
                             learning_rate: float, n_iters: int) -> tuple[np.ndarray, float]:
    """Run n_iters steps of batch gradient descent on the MSE from w = 0, b = 0; return (w, b)."""
    raise NotImplementedError
