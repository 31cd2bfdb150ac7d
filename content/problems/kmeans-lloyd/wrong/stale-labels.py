# Wrong: returns the labels from the last assignment step, computed before the final update of the centres.
import numpy as np


def kmeans(X, init_centers, max_iter):
    centers = np.array(init_centers, dtype=float)
    assign = lambda c: ((X[:, None, :] - c[None]) ** 2).sum(axis=2).argmin(axis=1)
    labels = assign(centers)
    for _ in range(max_iter):
        labels = assign(centers)
        for j in range(len(centers)):
            if np.any(labels == j):
                centers[j] = X[labels == j].mean(axis=0)
    return labels.astype(np.int64), centers
