import numpy as np


def forest_predict(tree_proba: np.ndarray):
    """Return (hard, proba, soft): majority vote of tree labels, mean probabilities, argmax of the mean."""
    tree_proba = np.asarray(tree_proba, dtype=float)
    K = tree_proba.shape[2]
    labels = tree_proba.argmax(axis=2)                               # (T, n), first max = smallest class
    votes = (labels[:, :, None] == np.arange(K)).sum(axis=0)         # (n, K) vote counts
    hard = votes.argmax(axis=1).astype(np.int64)                     # ties -> smallest class
    proba = tree_proba.mean(axis=0)
    soft = proba.argmax(axis=1).astype(np.int64)
    return hard, proba, soft
