# Wrong: plain dropout; zeroes the dropped units but does not divide the kept ones by p.
import numpy as np


def dropout_forward(x: np.ndarray, u: np.ndarray, p: float) -> np.ndarray:
    return x * (u < p)
