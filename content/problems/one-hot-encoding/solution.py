import numpy as np


def one_hot_encode(X_fit: np.ndarray, X: np.ndarray) -> np.ndarray:
    """One-hot encode X with the sorted per-column categories of X_fit; unknown values give all-zero groups."""
    X_fit = np.asarray(X_fit, dtype=float)
    X = np.asarray(X, dtype=float)
    blocks = []
    for j in range(X_fit.shape[1]):
        cats = np.unique(X_fit[:, j])                   # sorted distinct categories of column j
        blocks.append((X[:, j, None] == cats[None, :]).astype(float))
    return np.concatenate(blocks, axis=1)
