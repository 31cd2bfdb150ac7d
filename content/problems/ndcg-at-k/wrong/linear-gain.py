# Wrong: uses the linear gain rel instead of 2^rel - 1.
import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    m = min(k, len(relevance))
    order = np.argsort(-scores, kind="stable")
    disc = 1 / np.log2(np.arange(2, m + 2))
    dcg = relevance[order][:m] @ disc
    idcg = np.sort(relevance)[::-1][:m] @ disc
    return float(dcg / idcg) if idcg > 0 else 0.0
