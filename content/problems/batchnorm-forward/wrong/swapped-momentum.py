# Wrong: uses momentum as the weight of the old running value (Keras-style) instead of the new batch.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps):
    n = x.shape[0]
    mu = x.mean(axis=0)
    var = ((x - mu) ** 2).mean(axis=0)
    out = gamma * (x - mu) / np.sqrt(var + eps) + beta
    new_mean = momentum * running_mean + (1 - momentum) * mu
    new_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    return out, new_mean, new_var
