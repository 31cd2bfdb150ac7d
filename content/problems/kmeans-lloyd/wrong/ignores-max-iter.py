# Wrong: iterates until the labels stop changing and ignores max_iter.
import numpy as np


def kmeans(X, init_centers, max_iter):
    centers = np.array(init_centers, dtype=float)
    assign = lambda c: ((X[:, None, :] - c[None]) ** 2).sum(axis=2).argmin(axis=1)
    previous = None
    while True:
        labels = assign(centers)
        if previous is not None and np.array_equal(labels, previous):
            break
        for j in range(len(centers)):
            if np.any(labels == j):
                centers[j] = X[labels == j].mean(axis=0)
        previous = labels
    return assign(centers).astype(np.int64), centers
