import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    """softmax(Q K^T / sqrt(d_k), blocked where mask is True) @ V; fully blocked rows give zeros."""
    raise NotImplementedError
