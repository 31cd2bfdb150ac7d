# Wrong: learns the categories from X (the data being transformed) instead of X_fit.
import numpy as np


def one_hot_encode(X_fit: np.ndarray, X: np.ndarray) -> np.ndarray:
    blocks = []
    for j in range(X.shape[1]):
        cats = np.unique(X[:, j])
        blocks.append((X[:, j, None] == cats[None, :]).astype(float))
    return np.concatenate(blocks, axis=1)
