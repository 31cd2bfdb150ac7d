# Wrong: soft-thresholds at alpha instead of n * alpha (forgets the 1/(2n) scaling of the squared error).
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
            if z[j] == 0:
                continue
            rho = Xc[:, j] @ r + z[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - alpha, 0.0) / z[j]
            r -= Xc[:, j] * (new - w[j])
            w[j] = new
    return w, float(ym - xm @ w)
