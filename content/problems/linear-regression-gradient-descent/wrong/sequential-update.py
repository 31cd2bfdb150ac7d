# Wrong: updates w first and then computes the intercept gradient from the new w (not a simultaneous update).
import numpy as np


def fit_linear_regression_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w - learning_rate * (2.0 / n) * (X.T @ r)
        r = X @ w + b - y
        b = b - learning_rate * (2.0 / n) * r.sum()
    return w, float(b)
