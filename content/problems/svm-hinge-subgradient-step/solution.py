import numpy as np


def svm_subgradient_steps(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float,
                          lam: float, lr: float, n_steps: int):
    """Run n_steps full-batch subgradient steps on lam/2 ||w||^2 + mean hinge loss; return (w, b)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w, dtype=float)               # a copy: the caller's array is left alone
    b = float(b)
    n = len(y)
    for _ in range(n_steps):
        active = y * (X @ w + b) < 1.0          # strictly inside the margin
        g_w = lam * w - (y[active] @ X[active]) / n
        g_b = -y[active].sum() / n
        w = w - lr * g_w
        b = b - lr * g_b
    return w, float(b)
