import numpy as np


def dropout_forward(x: np.ndarray, u: np.ndarray, p: float) -> np.ndarray:
    """Inverted dropout: keep where u < p (p = keep probability), scale kept units by 1/p."""
    raise NotImplementedError
