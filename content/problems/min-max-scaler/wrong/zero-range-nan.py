# Wrong: divides by the raw range, which is 0 for a constant column (NaN output).
import numpy as np


def min_max_scale(X_train, X_test, feature_range):
    lo, hi = feature_range
    mn = X_train.min(axis=0)
    rng = X_train.max(axis=0) - mn
    f = lambda X: lo + (X - mn) / rng * (hi - lo)
    return f(X_train), f(X_test)
