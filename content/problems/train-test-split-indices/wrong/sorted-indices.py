# Wrong: sorts each part, so the order no longer follows the permutation.
import math

import numpy as np


def train_test_split_indices(n: int, test_size, seed: int):
    n_test = math.ceil(test_size * n) if isinstance(test_size, float) else int(test_size)
    perm = np.random.default_rng(seed).permutation(n)
    return np.sort(perm[n_test:]), np.sort(perm[:n_test])
