import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    """NDCG@k with gain 2^rel - 1, discount 1/log2(rank + 1), stable tie-breaking; 0.0 if nothing is relevant."""
    raise NotImplementedError
