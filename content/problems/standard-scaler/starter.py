import numpy as np


def standard_scale(X_train: np.ndarray, X_test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fit mean / population std on X_train (constant columns: scale 1); return (scaled train, scaled test)."""
    raise NotImplementedError
