# Wrong: computes the variance as E[x^2] - E[x]^2, which cancels catastrophically for large offsets.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps):
    n = x.shape[0]
    mu = x.mean(axis=0)
    var = (x ** 2).mean(axis=0) - mu ** 2
    out = gamma * (x - mu) / np.sqrt(var + eps) + beta
    new_mean = (1 - momentum) * running_mean + momentum * mu
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return out, new_mean, new_var
