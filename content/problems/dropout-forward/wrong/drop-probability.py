# Wrong: treats p as the drop probability (keeps u >= p, divides by 1 - p).
import numpy as np


def dropout_forward(x: np.ndarray, u: np.ndarray, p: float) -> np.ndarray:
    return x * (u >= p) / (1 - p)
