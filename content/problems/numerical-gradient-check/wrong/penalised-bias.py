# Wrong: applies the L2 penalty to the bias as well as to W.
import numpy as np


def softmax_loss_and_grad(W: np.ndarray, b: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float):
    n = X.shape[0]
    Z = X @ W + b
    Z = Z - Z.max(axis=1, keepdims=True)
    log_P = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    loss = -log_P[np.arange(n), y].mean() + 0.5 * lam * (np.sum(W * W) + np.sum(b * b))
    G = np.exp(log_P)
    G[np.arange(n), y] -= 1.0
    G /= n
    return float(loss), X.T @ G + lam * W, G.sum(axis=0) + lam * b
