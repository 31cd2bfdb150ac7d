# Wrong: builds the ideal DCG by re-sorting only the model's top-k items instead of all items.
import numpy as np


def ndcg_at_k(relevance: np.ndarray, scores: np.ndarray, k: int) -> float:
    m = min(k, len(relevance))
    order = np.argsort(-scores, kind="stable")
    top = (2.0 ** relevance - 1)[order][:m]
    disc = 1 / np.log2(np.arange(2, m + 2))
    idcg = np.sort(top)[::-1] @ disc
    return float(top @ disc / idcg) if idcg > 0 else 0.0
