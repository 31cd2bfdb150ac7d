import numpy as np


def min_max_scale(X_train: np.ndarray, X_test: np.ndarray, feature_range: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """Map each training column's [min, max] onto feature_range (constant columns: range 1); return (train, test)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    lo, hi = float(feature_range[0]), float(feature_range[1])
    data_min = X_train.min(axis=0)
    data_range = X_train.max(axis=0) - data_min
    data_range = np.where(data_range == 0, 1.0, data_range)     # constant column: treat the range as 1

    def transform(X):
        return lo + (X - data_min) / data_range * (hi - lo)

    return transform(X_train), transform(X_test)
