# Wrong: rounds the test fraction to the nearest integer instead of rounding it up.
import numpy as np


def train_test_split_indices(n: int, test_size, seed: int):
    n_test = int(round(test_size * n)) if isinstance(test_size, float) else int(test_size)
    perm = np.random.default_rng(seed).permutation(n)
    return perm[n_test:], perm[:n_test]
