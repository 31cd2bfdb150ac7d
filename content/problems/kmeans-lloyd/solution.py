import numpy as np


def _assign(X: np.ndarray, centers: np.ndarray) -> np.ndarray:
    d2 = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)   # (n, k)
    return d2.argmin(axis=1)                                          # ties: smallest centre index


def kmeans(X: np.ndarray, init_centers: np.ndarray, max_iter: int) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's algorithm from init_centers for at most max_iter iterations; return (labels, centers)."""
    X = np.asarray(X, dtype=float)
    centers = np.array(init_centers, dtype=float)                     # a copy: do not modify the input
    previous = None
    for _ in range(max_iter):
        labels = _assign(X, centers)
        if previous is not None and np.array_equal(labels, previous):
            break                                                     # converged: the update would change nothing
        for j in range(len(centers)):
            members = X[labels == j]
            if len(members):                                          # an empty cluster keeps its centre
                centers[j] = members.mean(axis=0)
        previous = labels
    return _assign(X, centers).astype(np.int64), centers
