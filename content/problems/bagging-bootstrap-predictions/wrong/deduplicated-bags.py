# Wrong: removes repeated indices from each bag, so rows drawn several times lose their extra weight.
import numpy as np


def bagging_predict(X_train, y_train, X_test, boot_idx):
    test_design = np.column_stack([np.ones(len(X_test)), X_test])
    predictions = []
    for idx in boot_idx:
        idx = np.unique(idx)
        design = np.column_stack([np.ones(len(idx)), X_train[idx]])
        theta, *_ = np.linalg.lstsq(design, y_train[idx], rcond=None)
        predictions.append(test_design @ theta)
    return np.mean(predictions, axis=0)
