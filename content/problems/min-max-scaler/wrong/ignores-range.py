# Wrong: always scales to [0, 1] and ignores feature_range.
import numpy as np


def min_max_scale(X_train, X_test, feature_range):
    mn = X_train.min(axis=0)
    rng = X_train.max(axis=0) - mn
    rng = np.where(rng == 0, 1.0, rng)
    return (X_train - mn) / rng, (X_test - mn) / rng
