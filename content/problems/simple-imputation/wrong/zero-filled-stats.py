# Wrong: replaces NaN with 0 before computing the statistics, which biases them toward zero.
import numpy as np


def impute(X: np.ndarray, strategy: str) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    Z = np.nan_to_num(X, nan=0.0)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        if strategy == "mean":
            stats[j] = Z[:, j].mean()
        elif strategy == "median":
            stats[j] = np.median(Z[:, j])
        else:
            values, counts = np.unique(Z[:, j], return_counts=True)
            stats[j] = values[np.argmax(counts)]
    return np.where(np.isnan(X), stats[None, :], X)
