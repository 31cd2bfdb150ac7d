# Wrong: uses the observed value u_k as the threshold instead of the midpoint between u_k and u_{k+1}.
import numpy as np


def boost_stumps(X, y, X_test, n_estimators, learning_rate):
    n, d = X.shape
    F = np.full(n, y.mean()); F_test = np.full(len(X_test), y.mean())
    for _ in range(n_estimators):
        r = y - F
        best, best_cost = None, np.inf
        for j in range(d):
            values = np.unique(X[:, j])
            for u in values[:-1]:
                left = X[:, j] <= u
                cost = ((r[left] - r[left].mean()) ** 2).sum() + ((r[~left] - r[~left].mean()) ** 2).sum()
                if cost < best_cost:
                    best_cost, best = cost, (j, u, r[left].mean(), r[~left].mean())
        if best is None:
            F += learning_rate * r.mean(); F_test += learning_rate * r.mean(); continue
        j, u, lv, rv = best
        F += learning_rate * np.where(X[:, j] <= u, lv, rv)
        F_test += learning_rate * np.where(X_test[:, j] <= u, lv, rv)
    return F_test
