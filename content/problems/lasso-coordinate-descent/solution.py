import numpy as np


def soft_threshold(z: float, t: float) -> float:
    return np.sign(z) * max(abs(z) - t, 0.0)


def fit_lasso(X: np.ndarray, y: np.ndarray, alpha: float, n_iters: int) -> tuple[np.ndarray, float]:
    """Minimise (1/(2n))||y - Xw - b||^2 + alpha*||w||_1 by n_iters cyclic coordinate-descent sweeps; return (w, b)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    r = y - y_mean                      # residual y_c - X_c w, with w = 0
    col_sq = (Xc ** 2).sum(axis=0)      # z_j
    w = np.zeros(d)
    for _ in range(n_iters):
        for j in range(d):
            if col_sq[j] == 0.0:
                continue                # constant column: weight stays 0
            rho = Xc[:, j] @ r + col_sq[j] * w[j]
            new = soft_threshold(rho, n * alpha) / col_sq[j]
            if new != w[j]:
                r -= Xc[:, j] * (new - w[j])
                w[j] = new
    b = y_mean - x_mean @ w
    return w, float(b)
