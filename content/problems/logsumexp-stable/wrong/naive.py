# Wrong: exponentiates directly, so large entries overflow to inf and very negative rows underflow to -inf.
import numpy as np


def logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    return np.log(np.exp(a).sum(axis=axis))
