# Wrong: shifts by the maximum of the whole array instead of each slice's maximum.
import numpy as np


def logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a[np.isfinite(a)].max() if np.isfinite(a).any() else 0.0
    return m + np.log(np.exp(a - m).sum(axis=axis))
