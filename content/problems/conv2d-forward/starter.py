import numpy as np


def conv2d_forward(x, w, b, stride, pad):
    """x: (N, C, H, W), w: (F, C, KH, KW), b: (F,). Returns (N, F, H_out, W_out)."""
    raise NotImplementedError
