import numpy as np


def logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    """log(sum(exp(a), axis)) computed without overflow; all -inf slices give -inf."""
    raise NotImplementedError
