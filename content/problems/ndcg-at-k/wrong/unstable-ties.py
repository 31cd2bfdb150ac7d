# Wrong: ranks with np.argsort(scores)[::-1], which puts the higher index first among tied scores.
import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    m = min(k, len(relevance))
    order = np.argsort(scores, kind="stable")[::-1]
    gains = 2.0 ** relevance - 1
    disc = 1 / np.log2(np.arange(2, m + 2))
    idcg = np.sort(gains)[::-1][:m] @ disc
    return float(gains[order][:m] @ disc / idcg) if idcg > 0 else 0.0
