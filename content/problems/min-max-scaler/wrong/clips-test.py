# Wrong: clips the transformed test values into [lo, hi].
import numpy as np


def min_max_scale(X_train, X_test, feature_range):
    lo, hi = feature_range
    mn = X_train.min(axis=0)
    rng = X_train.max(axis=0) - mn
    rng = np.where(rng == 0, 1.0, rng)
    f = lambda X: lo + (X - mn) / rng * (hi - lo)
    return f(X_train), np.clip(f(X_test), lo, hi)
