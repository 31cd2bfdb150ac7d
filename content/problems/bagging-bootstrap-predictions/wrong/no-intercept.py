# Wrong: fits each bag's model through the origin (no intercept column).
import numpy as np


def bagging_predict(X_train, y_train, X_test, boot_idx):
    predictions = []
    for idx in boot_idx:
        w, *_ = np.linalg.lstsq(X_train[idx], y_train[idx], rcond=None)
        predictions.append(X_test @ w)
    return np.mean(predictions, axis=0)
