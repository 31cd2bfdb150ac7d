import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps):
    """Training-mode batch norm on x of shape (N, D); returns (out, new_running_mean, new_running_var)."""
    x = np.asarray(x, dtype=float)
    n = x.shape[0]
    mu = x.mean(axis=0)
    centered = x - mu
    var = (centered ** 2).mean(axis=0)              # biased: used to normalise this batch
    out = gamma * centered / np.sqrt(var + eps) + beta
    unbiased = var * n / (n - 1)                    # running_var tracks the population variance
    new_mean = (1 - momentum) * running_mean + momentum * mu
    new_var = (1 - momentum) * running_var + momentum * unbiased
    return out, new_mean, new_var
