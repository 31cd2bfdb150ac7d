# Wrong: keeps units with u <= p, so a tie u == p is kept instead of dropped.
import numpy as np


def dropout_forward(x: np.ndarray, u: np.ndarray, p: float) -> np.ndarray:
    return x * (u <= p) / p
