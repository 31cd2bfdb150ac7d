# Wrong: divides by the variance of the kept components only, so the ratios always sum to 1.
import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    comps = Vt[:n_components].copy()
    piv = np.argmax(np.abs(comps), axis=1)
    comps *= np.sign(comps[np.arange(n_components), piv])[:, None]
    kept = s[:n_components] ** 2
    return comps, kept / kept.sum()
