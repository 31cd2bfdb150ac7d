# Wrong: assumes the labels are 0..K-1 and indexes by the raw value, ignoring the requested order.
import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels) -> np.ndarray:
    K = int(max(y_true.max(), y_pred.max())) + 1 if labels is None else len(labels)
    C = np.zeros((K, K), dtype=np.int64)
    keep = (y_true < K) & (y_pred < K)
    np.add.at(C, (y_true[keep], y_pred[keep]), 1)
    return C
