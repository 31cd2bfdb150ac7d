import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """Return (softmax probabilities, mean cross-entropy, gradient of the loss w.r.t. the logits)."""
    raise NotImplementedError
