# Wrong: uses the gradient of (1/(2n)) * sum of squares, i.e. drops the factor 2, so every step is half as long.
import numpy as np


def fit_linear_regression_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w - learning_rate * (X.T @ r) / n
        b = b - learning_rate * r.sum() / n
    return w, float(b)
