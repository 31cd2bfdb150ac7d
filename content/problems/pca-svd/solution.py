import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (components as rows, explained-variance ratios); largest-|entry| of each component positive."""
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)      # s is sorted in decreasing order
    components = Vt[:n_components].copy()
    pivot = np.argmax(np.abs(components), axis=1)           # first entry of largest magnitude
    signs = np.sign(components[np.arange(n_components), pivot])
    components *= signs[:, None]
    ratios = s[:n_components] ** 2 / (s ** 2).sum()
    return components, ratios
