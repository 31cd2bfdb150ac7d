# Wrong: never updates the intercept, so the decision boundary is forced through the origin.
import numpy as np


def fit_logistic_regression(X, y, learning_rate, n_iters):
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(n_iters):
        error = 1.0 / (1.0 + np.exp(-(X @ w))) - y
        w = w - learning_rate * (X.T @ error) / n
    return w, 0.0
