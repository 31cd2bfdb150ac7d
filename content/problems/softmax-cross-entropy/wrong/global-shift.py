# Wrong: subtracts the maximum of the whole batch, not of each row, so a low-scale row underflows to 0/0.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = logits.shape[0]
    e = np.exp(logits - logits.max())
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), labels]).mean()
    grad = probs.copy()
    grad[np.arange(n), labels] -= 1.0
    return probs, float(loss), grad / n
