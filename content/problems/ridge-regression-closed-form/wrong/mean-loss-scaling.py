# Wrong: uses the mean squared error, which is the same as scikit-learn's alpha multiplied by n.
import numpy as np


def fit_ridge(X, y, alpha):
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    w = np.linalg.solve(Xc.T @ Xc / n + alpha * np.eye(d), Xc.T @ yc / n)
    return w, float(y.mean() - X.mean(axis=0) @ w)
