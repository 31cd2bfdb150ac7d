# Wrong: puts predictions on the rows and true labels on the columns (the transpose).
import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels) -> np.ndarray:
    if labels is None:
        labels = np.unique(np.concatenate([y_true, y_pred]))
    position = {label: i for i, label in enumerate(np.asarray(labels).tolist())}
    C = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for t, p in zip(np.asarray(y_true).tolist(), np.asarray(y_pred).tolist()):
        if t in position and p in position:
            C[position[p], position[t]] += 1
    return C
