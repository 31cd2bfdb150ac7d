# Wrong: exponentiates the raw scores without subtracting the row maximum, so large scores overflow to NaN.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    e = np.exp(scores)
    if mask is not None:
        e = np.where(mask, 0.0, e)
    s = e.sum(axis=-1, keepdims=True)
    w = np.divide(e, s, out=np.zeros_like(e), where=s > 0)
    return w @ V
