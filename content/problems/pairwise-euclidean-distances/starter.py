import numpy as np


def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Return the (n, m) matrix of Euclidean distances between rows of X and rows of Y."""
    raise NotImplementedError
