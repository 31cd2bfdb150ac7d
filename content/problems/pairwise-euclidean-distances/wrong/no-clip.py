# Wrong: takes the square root without clipping, so tiny negative squared distances become NaN.
import numpy as np


def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    center = X.mean(axis=0)
    Xc, Yc = X - center, Y - center
    d2 = (Xc ** 2).sum(1)[:, None] + (Yc ** 2).sum(1)[None, :] - 2 * Xc @ Yc.T
    return np.sqrt(d2)
