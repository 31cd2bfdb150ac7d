# Wrong: averages the trees' numeric labels and rounds, as if class indices were ordered values.
import numpy as np


def forest_predict(tree_proba: np.ndarray):
    labels = tree_proba.argmax(axis=2)
    hard = np.round(labels.mean(axis=0)).astype(np.int64)
    proba = tree_proba.mean(axis=0)
    return hard, proba, proba.argmax(axis=1).astype(np.int64)
