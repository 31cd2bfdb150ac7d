import numpy as np


def svm_subgradient_steps(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float,
                          lam: float, lr: float, n_steps: int):
    """Run n_steps full-batch subgradient steps on lam/2 ||w||^2 + mean hinge loss; return (w, b)."""
    raise NotImplementedError
