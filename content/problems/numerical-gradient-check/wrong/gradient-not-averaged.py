# Wrong: the loss is a mean over samples but the gradient is a sum (the 1/n is missing).
import numpy as np


def softmax_loss_and_grad(W: np.ndarray, b: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float):
    n = X.shape[0]
    Z = X @ W + b
    Z = Z - Z.max(axis=1, keepdims=True)
    log_P = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    loss = -log_P[np.arange(n), y].mean() + 0.5 * lam * np.sum(W * W)
    G = np.exp(log_P)
    G[np.arange(n), y] -= 1.0
    return float(loss), X.T @ G + lam * W, G.sum(axis=0)
