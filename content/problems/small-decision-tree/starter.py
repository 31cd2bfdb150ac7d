import numpy as np


def fit_predict_tree(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, max_depth: int) -> np.ndarray:
    """Grow a Gini CART tree of depth <= max_depth on the training data and predict labels for X_test."""
    raise NotImplementedError
