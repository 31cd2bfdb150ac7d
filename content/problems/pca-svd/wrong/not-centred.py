# Wrong: decomposes X without subtracting the column means.
import numpy as np


def pca(X, n_components):
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    comps = Vt[:n_components].copy()
    piv = np.argmax(np.abs(comps), axis=1)
    comps *= np.sign(comps[np.arange(n_components), piv])[:, None]
    return comps, s[:n_components] ** 2 / (s ** 2).sum()
