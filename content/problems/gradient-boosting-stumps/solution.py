import numpy as np


def _best_stump(X, r, orders):
    """Return (feature, threshold, left_value, right_value) of the best split of residuals r, or None."""
    n = len(r)
    best = None
    best_score = -np.inf                                   # score = S_L^2/n_L + S_R^2/n_R (to maximise)
    total = r.sum()
    for j in range(X.shape[1]):
        order = orders[j]
        xs = X[order, j]
        valid = xs[1:] > xs[:-1]                           # split after position k only between distinct values
        if not valid.any():
            continue
        s_left = np.cumsum(r[order])[:-1]                  # sums of the first k+1 rows, k = 0..n-2
        n_left = np.arange(1, n)
        s_right = total - s_left
        n_right = n - n_left
        score = s_left ** 2 / n_left + s_right ** 2 / n_right
        score = np.where(valid, score, -np.inf)
        k = int(np.argmax(score))                          # first max = smallest threshold
        if score[k] > best_score:                          # strict: earlier feature wins ties
            best_score = score[k]
            best = (j, (xs[k] + xs[k + 1]) / 2.0, s_left[k] / n_left[k], s_right[k] / n_right[k])
    return best


def boost_stumps(X: np.ndarray, y: np.ndarray, X_test: np.ndarray,
                 n_estimators: int, learning_rate: float) -> np.ndarray:
    """L2 gradient boosting with depth-1 regression stumps; return the predictions on X_test."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    orders = [np.argsort(X[:, j], kind="mergesort") for j in range(X.shape[1])]
    F = np.full(len(y), y.mean())
    F_test = np.full(len(X_test), y.mean())
    for _ in range(n_estimators):
        r = y - F
        stump = _best_stump(X, r, orders)
        if stump is None:                                  # every feature constant: predict the mean residual
            F += learning_rate * r.mean()
            F_test += learning_rate * r.mean()
            continue
        j, threshold, left, right = stump
        F += learning_rate * np.where(X[:, j] <= threshold, left, right)
        F_test += learning_rate * np.where(X_test[:, j] <= threshold, left, right)
    return F_test
