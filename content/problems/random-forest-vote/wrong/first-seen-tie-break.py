# Wrong: breaks ties in the vote by the label seen first among the trees, not by the smallest label.
from collections import Counter

import numpy as np


def forest_predict(tree_proba: np.ndarray):
    labels = tree_proba.argmax(axis=2)
    hard = np.array([Counter(labels[:, i].tolist()).most_common(1)[0][0] for i in range(labels.shape[1])],
                    dtype=np.int64)
    proba = tree_proba.mean(axis=0)
    return hard, proba, proba.argmax(axis=1).astype(np.int64)
