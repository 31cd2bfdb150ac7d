import math

import numpy as np


def train_test_split_indices(n: int, test_size, seed: int):
    """Return (train_idx, test_idx): test = first n_test entries of default_rng(seed).permutation(n)."""
    raise NotImplementedError
