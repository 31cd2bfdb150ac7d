# Wrong: sums the per-example gradients instead of averaging them (the step is n times too large).
import numpy as np


def fit_logistic_regression(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        error = 1.0 / (1.0 + np.exp(-(X @ w + b))) - y
        w = w - learning_rate * (X.T @ error)
        b = b - learning_rate * error.sum()
    return w, float(b)
