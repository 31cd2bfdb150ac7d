import math

import numpy as np


def train_test_split_indices(n: int, test_size, seed: int):
    """Return (train_idx, test_idx): test = first n_test entries of default_rng(seed).permutation(n)."""
    if isinstance(test_size, float):
        n_test = math.ceil(test_size * n)      # a fraction is rounded up
    else:
        n_test = int(test_size)                # an int is an absolute count
    perm = np.random.default_rng(seed).permutation(n)
    return perm[n_test:].astype(np.int64), perm[:n_test].astype(np.int64)
