# Wrong: rounds the output size up (ceil), producing an extra row/column when the stride does not divide evenly.
import math
import numpy as np


def conv2d_forward(x, w, b, stride, pad):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    h_out = math.ceil((h + 2 * pad - kh) / stride) + 1
    w_out = math.ceil((wd + 2 * pad - kw) / stride) + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad + stride), (pad, pad + stride)))
    out = np.zeros((n, f, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            patch = xp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, :, i, j] = np.einsum("nckl,fckl->nf", patch, w)
    return out + b[None, :, None, None]
