import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels) -> np.ndarray:
    """C[i, j] = number of samples with true label labels[i] predicted as labels[j]."""
    raise NotImplementedError
