# Wrong: without labels, takes the classes from y_true only, dropping classes that are only predicted.
import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels) -> np.ndarray:
    if labels is None:
        labels = np.unique(y_true)
    position = {label: i for i, label in enumerate(np.asarray(labels).tolist())}
    C = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for t, p in zip(np.asarray(y_true).tolist(), np.asarray(y_pred).tolist()):
        if t in position and p in position:
            C[position[t], position[p]] += 1
    return C
