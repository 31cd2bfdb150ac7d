import numpy as np


def bagging_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                    boot_idx: np.ndarray) -> np.ndarray:
    """Fit OLS with intercept on each bag X_train[boot_idx[k]] and average the bags' predictions on X_test."""
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train, dtype=float)
    test_design = np.column_stack([np.ones(len(X_test)), X_test])
    predictions = []
    for idx in np.asarray(boot_idx):
        design = np.column_stack([np.ones(len(idx)), X_train[idx]])    # repeated rows stay repeated
        theta, *_ = np.linalg.lstsq(design, y_train[idx], rcond=None)
        predictions.append(test_design @ theta)
    return np.mean(predictions, axis=0)
