# Wrong: uses ceil(n / k) for every fold, so the last folds come out short or empty.
import math

import numpy as np


def kfold_indices(n: int, k: int):
    size = math.ceil(n / k)
    splits = []
    for f in range(k):
        start, stop = min(f * size, n), min((f + 1) * size, n)
        test = np.arange(start, stop)
        train = np.concatenate([np.arange(0, start), np.arange(stop, n)])
        splits.append((train, test))
    return splits
