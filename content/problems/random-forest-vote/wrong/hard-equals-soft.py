# Wrong: returns the soft-voting label as the hard vote.
import numpy as np


def forest_predict(tree_proba: np.ndarray):
    proba = tree_proba.mean(axis=0)
    soft = proba.argmax(axis=1).astype(np.int64)
    return soft.copy(), proba, soft
