# Wrong: divides by the sample standard deviation (ddof=1) instead of the population one.
import numpy as np


def standard_scale(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0, ddof=1) if len(X_train) > 1 else np.zeros(X_train.shape[1])
    scale = np.where(X_train.max(axis=0) == X_train.min(axis=0), 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale
