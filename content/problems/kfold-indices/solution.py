import numpy as np


def kfold_indices(n: int, k: int):
    """Return [(train_idx, test_idx), ...] for k consecutive folds; the first n % k folds get one extra sample."""
    sizes = np.full(k, n // k, dtype=np.int64)
    sizes[: n % k] += 1                      # the first n % k folds are one longer
    indices = np.arange(n, dtype=np.int64)
    splits, start = [], 0
    for size in sizes:
        stop = start + int(size)
        test = indices[start:stop]
        train = np.concatenate([indices[:start], indices[stop:]])
        splits.append((train, test))
        start = stop
    return splits
