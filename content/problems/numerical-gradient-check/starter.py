import numpy as np


def softmax_loss_and_grad(W: np.ndarray, b: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float):
    """Return (loss, dW, db) for mean softmax cross-entropy + lam/2 * ||W||^2 (bias not penalised)."""
    raise NotImplementedError
