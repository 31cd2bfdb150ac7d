# Wrong: averages an empty cluster, which makes its centre NaN instead of leaving it in place.
import numpy as np


def kmeans(X, init_centers, max_iter):
    centers = np.array(init_centers, dtype=float)
    assign = lambda c: ((X[:, None, :] - c[None]) ** 2).sum(axis=2).argmin(axis=1)
    for _ in range(max_iter):
        labels = assign(centers)
        centers = np.array([X[labels == j].mean(axis=0) for j in range(len(centers))])
    return assign(centers).astype(np.int64), centers
