# Wrong: breaks most_frequent ties by first appearance (Counter.most_common) instead of taking the smallest.
from collections import Counter

import numpy as np


def impute(X: np.ndarray, strategy: str) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    stats = np.zeros(X.shape[1])
    for j in range(X.shape[1]):
        observed = X[~np.isnan(X[:, j]), j]
        if observed.size == 0:
            continue
        if strategy == "mean":
            stats[j] = observed.mean()
        elif strategy == "median":
            stats[j] = np.median(observed)
        else:
            stats[j] = Counter(observed.tolist()).most_common(1)[0][0]
    return np.where(np.isnan(X), stats[None, :], X)
