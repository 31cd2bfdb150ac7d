# Wrong: orders the categories by first appearance in X_fit instead of sorting them.
import numpy as np


def one_hot_encode(X_fit: np.ndarray, X: np.ndarray) -> np.ndarray:
    blocks = []
    for j in range(X_fit.shape[1]):
        _, first = np.unique(X_fit[:, j], return_index=True)
        cats = X_fit[np.sort(first), j]
        blocks.append((X[:, j, None] == cats[None, :]).astype(float))
    return np.concatenate(blocks, axis=1)
