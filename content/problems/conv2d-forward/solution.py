import numpy as np


def conv2d_forward(x, w, b, stride, pad):
    """Cross-correlation with zero padding and stride. x: (N, C, H, W), w: (F, C, KH, KW), b: (F,)."""
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    h_out = (h + 2 * pad - kh) // stride + 1
    w_out = (wd + 2 * pad - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((n, f, h_out, w_out))
    for k in range(kh):
        for l in range(kw):
            window = xp[:, :, k:k + stride * (h_out - 1) + 1:stride, l:l + stride * (w_out - 1) + 1:stride]
            out += np.einsum("nchw,fc->nfhw", window, w[:, :, k, l])
    return out + np.asarray(b, dtype=float)[None, :, None, None]
