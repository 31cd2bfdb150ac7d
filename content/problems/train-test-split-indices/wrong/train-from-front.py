# Wrong: takes the training indices from the front of the permutation and the test indices from the end.
import math

import numpy as np


def train_test_split_indices(n: int, test_size, seed: int):
    n_test = math.ceil(test_size * n) if isinstance(test_size, float) else int(test_size)
    perm = np.random.default_rng(seed).permutation(n)
    n_train = n - n_test
    return perm[:n_train], perm[n_train:]
