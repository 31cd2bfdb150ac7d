import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Numerically stable logistic function: exp is only ever evaluated at -|z|."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit_logistic_regression(X: np.ndarray, y: np.ndarray,
                            learning_rate: float, n_iters: int) -> tuple[np.ndarray, float]:
    """Run n_iters steps of batch gradient descent on the mean cross-entropy from w = 0, b = 0; return (w, b)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        error = sigmoid(X @ w + b) - y        # dL/dz for every example
        w = w - learning_rate * (X.T @ error) / n
        b = b - learning_rate * error.sum() / n
    return w, float(b)
