import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (components as rows, explained-variance ratios); largest-|entry| of each component positive."""
    raise NotImplementedError
