import numpy as np


def softmax_loss_and_grad(W: np.ndarray, b: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float):
    """Return (loss, dW, db) for mean softmax cross-entropy + lam/2 * ||W||^2 (bias not penalised)."""
    n = X.shape[0]
    Z = X @ W + b
    Z = Z - Z.max(axis=1, keepdims=True)                 # shift rows: softmax unchanged, no overflow
    log_norm = np.log(np.exp(Z).sum(axis=1, keepdims=True))
    log_P = Z - log_norm                                 # stable log-softmax
    rows = np.arange(n)
    loss = -log_P[rows, y].mean() + 0.5 * lam * np.sum(W * W)
    G = np.exp(log_P)                                    # probabilities
    G[rows, y] -= 1.0                                    # P - Y
    G /= n
    dW = X.T @ G + lam * W
    db = G.sum(axis=0)
    return float(loss), dW, db
