import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve; tied positive/negative pairs count one half."""
    raise NotImplementedError
