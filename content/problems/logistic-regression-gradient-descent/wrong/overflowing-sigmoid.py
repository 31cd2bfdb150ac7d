# Wrong: computes the sigmoid as exp(z) / (1 + exp(z)), which is inf/inf = nan for large z.
import numpy as np


def fit_logistic_regression(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        ez = np.exp(X @ w + b)
        error = ez / (1.0 + ez) - y
        w = w - learning_rate * (X.T @ error) / n
        b = b - learning_rate * error.sum() / n
    return w, float(b)
