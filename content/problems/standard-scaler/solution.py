import numpy as np


def standard_scale(X_train: np.ndarray, X_test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit mean / population std on X_train (constant columns: scale 1); return (scaled train, scaled test)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)                                   # population std (ddof=0)
    constant = X_train.max(axis=0) == X_train.min(axis=0)       # exact test, immune to rounding in std
    scale = np.where(constant, 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale
