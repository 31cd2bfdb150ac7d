import numpy as np


def _positions(y, labels):
    """Position of each value of y in labels, and a mask of the values that are in labels."""
    order = np.argsort(labels)
    sorted_labels = labels[order]
    idx = np.clip(np.searchsorted(sorted_labels, y), 0, len(labels) - 1)
    found = sorted_labels[idx] == y
    return order[idx], found


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels) -> np.ndarray:
    """C[i, j] = number of samples with true label labels[i] predicted as labels[j]."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if labels is None:
        labels = np.unique(np.concatenate([y_true, y_pred]))
    labels = np.asarray(labels)
    L = len(labels)
    i, ok_true = _positions(y_true, labels)
    j, ok_pred = _positions(y_pred, labels)
    keep = ok_true & ok_pred                 # skip samples outside the requested labels
    C = np.zeros((L, L), dtype=np.int64)
    np.add.at(C, (i[keep], j[keep]), 1)
    return C
