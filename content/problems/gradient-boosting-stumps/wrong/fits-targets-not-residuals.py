# Wrong: fits every stump to y itself instead of to the current residuals y - F.
import numpy as np


def boost_stumps(X, y, X_test, n_estimators, learning_rate):
    n, d = X.shape
    F = np.full(n, y.mean()); F_test = np.full(len(X_test), y.mean())
    for _ in range(n_estimators):
        r = y
        best, best_cost = None, np.inf
        for j in range(d):
            values = np.unique(X[:, j])
            for a, b in zip(values[:-1], values[1:]):
                t = (a + b) / 2
                left = X[:, j] <= t
                cost = ((r[left] - r[left].mean()) ** 2).sum() + ((r[~left] - r[~left].mean()) ** 2).sum()
                if cost < best_cost:
                    best_cost, best = cost, (j, t, r[left].mean(), r[~left].mean())
        if best is None:
            F += learning_rate * r.mean(); F_test += learning_rate * r.mean(); continue
        j, t, lv, rv = best
        F += learning_rate * np.where(X[:, j] <= t, lv, rv)
        F_test += learning_rate * np.where(X_test[:, j] <= t, lv, rv)
    return F_test
