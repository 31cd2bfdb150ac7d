# Wrong: divides by the squared norm of every column, which is 0 for a constant column (NaN weights).
import numpy as np


def fit_lasso(X, y, alpha, n_iters):
    n, d = X.shape
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    r = y - ym
    z = (Xc ** 2).sum(axis=0)
    w = np.zeros(d)
    for _ in range(n_iters):
        for j in range(d):
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / z[j]
            r -= Xc[:, j] * (new - w[j])
            w[j] = new
    return w, float(ym - xm @ w)
