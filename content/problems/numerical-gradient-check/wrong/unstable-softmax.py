# Wrong: exponentiates the raw scores without subtracting the row maximum, which overflows for large scores.
import numpy as np


def softmax_loss_and_grad(W: np.ndarray, b: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float):
    n = X.shape[0]
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        E = np.exp(X @ W + b)
        P = E / E.sum(axis=1, keepdims=True)
        loss = -np.log(P[np.arange(n), y]).mean() + 0.5 * lam * np.sum(W * W)
    G = P.copy()
    G[np.arange(n), y] -= 1.0
    G /= n
    return float(loss), X.T @ G + lam * W, G.sum(axis=0)
