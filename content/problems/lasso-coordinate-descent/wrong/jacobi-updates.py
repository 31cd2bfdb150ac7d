# Wrong: updates all coordinates at once from the residual at the start of the sweep (Jacobi, not cyclic).
import numpy as np


def fit_lasso(X, y, alpha, n_iters):
    n, d = X.shape
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    yc = y - ym
    z = (Xc ** 2).sum(axis=0)
    z_safe = np.where(z == 0, 1.0, z)
    w = np.zeros(d)
    for _ in range(n_iters):
        r = yc - Xc @ w
        rho = Xc.T @ r + z * w
        w = np.where(z == 0, 0.0, np.sign(rho) * np.maximum(np.abs(rho) - n * alpha, 0.0) / z_safe)
    return w, float(ym - xm @ w)
