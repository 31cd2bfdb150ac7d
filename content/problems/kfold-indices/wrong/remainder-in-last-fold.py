# Wrong: gives every fold n // k samples and puts the whole remainder in the last fold.
import numpy as np


def kfold_indices(n: int, k: int):
    size = n // k
    splits = []
    for f in range(k):
        start = f * size
        stop = n if f == k - 1 else start + size
        test = np.arange(start, stop)
        train = np.concatenate([np.arange(0, start), np.arange(stop, n)])
        splits.append((train, test))
    return splits
