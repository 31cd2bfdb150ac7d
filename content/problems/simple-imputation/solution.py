import numpy as np


def impute(X: np.ndarray, strategy: str) -> np.ndarray:
    """Replace NaN in each column by the column's mean, median or most frequent observed value."""
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        observed = X[~np.isnan(X[:, j]), j]
        if observed.size == 0:
            continue                                   # an empty column is filled with 0.0
        if strategy == "mean":
            stats[j] = observed.mean()
        elif strategy == "median":
            stats[j] = np.median(observed)
        elif strategy == "most_frequent":
            values, counts = np.unique(observed, return_counts=True)   # values are sorted
            stats[j] = values[np.argmax(counts)]                       # first max = smallest tied value
        else:
            raise ValueError(f"unknown strategy {strategy!r}")
    return np.where(np.isnan(X), stats[None, :], X)
