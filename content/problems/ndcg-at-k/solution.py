import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    """NDCG@k with gain 2^rel - 1, discount 1/log2(rank + 1), stable tie-breaking; 0.0 if nothing is relevant."""
    relevance = np.asarray(relevance, dtype=float)
    scores = np.asarray(scores, dtype=float)
    m = min(k, len(relevance))
    order = np.argsort(-scores, kind="stable")      # highest score first, ties keep index order
    gains = 2.0 ** relevance - 1.0
    discounts = 1.0 / np.log2(np.arange(2, m + 2))   # rank i -> 1 / log2(i + 1)
    dcg = gains[order][:m] @ discounts
    idcg = np.sort(gains)[::-1][:m] @ discounts      # ideal ranking of all items
    return float(dcg / idcg) if idcg > 0 else 0.0
