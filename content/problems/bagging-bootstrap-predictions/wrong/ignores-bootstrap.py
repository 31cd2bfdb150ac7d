# Wrong: fits every model on the full training set, ignoring the bootstrap indices.
import numpy as np


def bagging_predict(X_train, y_train, X_test, boot_idx):
    design = np.column_stack([np.ones(len(X_train)), X_train])
    theta, *_ = np.linalg.lstsq(design, y_train, rcond=None)
    prediction = np.column_stack([np.ones(len(X_test)), X_test]) @ theta
    return np.mean([prediction for _ in boot_idx], axis=0)
