import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """Return (softmax probabilities, mean cross-entropy, gradient of the loss w.r.t. the logits)."""
    z = np.asarray(logits, dtype=float)
    labels = np.asarray(labels, dtype=int)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)          # per-row shift: largest exponent is e^0
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_probs = shifted - log_norm                       # log-softmax, never -inf from underflow
    probs = np.exp(log_probs)
    rows = np.arange(n)
    loss = -log_probs[rows, labels].mean()
    grad = probs.copy()
    grad[rows, labels] -= 1.0
    grad /= n
    return probs, float(loss), grad
