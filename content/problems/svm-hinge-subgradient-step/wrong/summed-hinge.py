# Wrong: sums the hinge subgradients over samples instead of averaging them.
import numpy as np


def svm_subgradient_steps(X, y, w, b, lam, lr, n_steps):
    w = np.array(w, dtype=float); b = float(b)
    for _ in range(n_steps):
        active = y * (X @ w + b) < 1.0
        g_w = lam * w - y[active] @ X[active]
        g_b = -y[active].sum()
        w, b = w - lr * g_w, b - lr * g_b
    return w, float(b)
