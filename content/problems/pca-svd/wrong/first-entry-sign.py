# Wrong: makes the first entry of each component positive instead of its largest-magnitude entry.
import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:n_components].copy()
    comps *= np.where(comps[:, 0] < 0, -1.0, 1.0)[:, None]
    return comps, s[:n_components] ** 2 / (s ** 2).sum()
