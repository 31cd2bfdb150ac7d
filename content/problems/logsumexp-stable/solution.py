import numpy as np


def logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    """log(sum(exp(a), axis)) computed without overflow; all -inf slices give -inf."""
    a = np.asarray(a, dtype=float)
    m = a.max(axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)          # all -inf slice: shift by 0 instead of -inf
    with np.errstate(divide="ignore"):
        s = np.log(np.exp(a - m).sum(axis=axis, keepdims=True))
    return np.squeeze(s + m, axis=axis)
