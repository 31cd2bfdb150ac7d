# Wrong: centres y but not X, then uses the mean of y as the intercept.
import numpy as np


def fit_ridge(X, y, alpha):
    yc = y - y.mean()
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ yc)
    return w, float(y.mean())
