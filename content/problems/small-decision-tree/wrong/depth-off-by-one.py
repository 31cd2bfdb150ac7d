# Wrong: counts the root as depth 1, so the tree is one level shallower than max_depth allows.
import numpy as np


def _gini(counts: np.ndarray) -> np.ndarray:
    p = counts / counts.sum(axis=-1, keepdims=True)
    return 1.0 - (p ** 2).sum(axis=-1)


def _majority(codes: np.ndarray) -> int:
    return int(np.argmax(np.bincount(codes)))          # codes index the sorted labels: first max = smallest label


def _best_split(X: np.ndarray, codes: np.ndarray, n_classes: int):
    """Return (feature, threshold) of the best Gini split, or None if every feature is constant."""
    n, d = X.shape
    onehot = np.eye(n_classes)[codes]
    total = onehot.sum(axis=0)
    parent = _gini(total)
    candidates = []                                      # (gain, feature, threshold), features in order
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        xs = X[order, f]
        ends = np.flatnonzero(xs[1:] != xs[:-1])         # last position of each distinct value but the largest
        if len(ends) == 0:
            continue
        left = np.cumsum(onehot[order], axis=0)[ends]
        n_left = left.sum(axis=1)
        gains = parent - n_left / n * _gini(left) - (n - n_left) / n * _gini(total - left)
        thresholds = (xs[ends] + xs[ends + 1]) / 2
        candidates.extend(zip(gains, [f] * len(ends), thresholds))
    if not candidates:
        return None
    top = max(c[0] for c in candidates)
    # tied within 1e-12: smallest feature, then smallest threshold
    _, f, t = min((c for c in candidates if c[0] >= top - 1e-12), key=lambda c: (c[1], c[2]))
    return f, t


def _grow(X, codes, n_classes, depth, max_depth):
    if depth >= max_depth or np.all(codes == codes[0]):
        return ("leaf", _majority(codes))
    split = _best_split(X, codes, n_classes)
    if split is None:
        return ("leaf", _majority(codes))
    f, t = split
    go_left = X[:, f] <= t
    return ("node", f, t,
            _grow(X[go_left], codes[go_left], n_classes, depth + 1, max_depth),
            _grow(X[~go_left], codes[~go_left], n_classes, depth + 1, max_depth))


def fit_predict_tree(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, max_depth: int) -> np.ndarray:
    """Grow a Gini CART tree of depth <= max_depth on the training data and predict labels for X_test."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes, codes = np.unique(y_train, return_inverse=True)
    tree = _grow(X_train, codes, len(classes), 1, max_depth)
    out = np.empty(len(X_test), dtype=np.int64)
    for i, x in enumerate(X_test):
        node = tree
        while node[0] == "node":
            _, f, t, left, right = node
            node = left if x[f] <= t else right
        out[i] = classes[node[1]]
    return out
