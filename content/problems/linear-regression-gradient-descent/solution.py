import numpy as np


def fit_linear_regression_gd(X: np.ndarray, y: np.ndarray,
                             learning_rate: float, n_iters: int) -> tuple[np.ndarray, float]:
    """Run n_iters steps of batch gradient descent on the MSE from w = 0, b = 0; return (w, b)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        r = X @ w + b - y                     # residuals at the current parameters
        grad_w = (2.0 / n) * (X.T @ r)
        grad_b = (2.0 / n) * r.sum()
        w = w - learning_rate * grad_w        # both updates use the same residuals
        b = b - learning_rate * grad_b
    return w, float(b)
