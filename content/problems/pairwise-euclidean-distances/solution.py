import numpy as np


def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Return the (n, m) matrix of Euclidean distances between rows of X and rows of Y."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    center = X.mean(axis=0)            # distances are shift-invariant; centring avoids cancellation
    Xc, Yc = X - center, Y - center
    sq_x = (Xc ** 2).sum(axis=1)
    sq_y = (Yc ** 2).sum(axis=1)
    d2 = sq_x[:, None] + sq_y[None, :] - 2.0 * Xc @ Yc.T
    return np.sqrt(np.maximum(d2, 0.0))   # rounding can make d2 slightly negative
