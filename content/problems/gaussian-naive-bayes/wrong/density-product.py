# Wrong: multiplies the densities directly instead of summing log-densities, which underflows to 0/0 far from the data.
import numpy as np


def gaussian_nb(X_train, y_train, X_test):
    classes = np.unique(y_train)
    eps = 1e-9 * X_train.var(axis=0).max()
    scores = []
    for c in classes:
        Xc = X_train[y_train == c]
        mu, var = Xc.mean(axis=0), Xc.var(axis=0) + eps
        dens = np.exp(-(X_test - mu) ** 2 / (2 * var)) / np.sqrt(2 * np.pi * var)
        scores.append(np.prod(dens, axis=1) * len(Xc) / len(X_train))
    scores = np.array(scores).T
    p = scores / scores.sum(axis=1, keepdims=True)
    return p, classes[np.argmax(scores, axis=1)].astype(np.int64)
