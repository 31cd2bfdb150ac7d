import numpy as np


def bagging_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                    boot_idx: np.ndarray) -> np.ndarray:
    """Fit OLS with intercept on each bag X_train[boot_idx[k]] and average the bags' predictions on X_test."""
    raise NotImplementedError
