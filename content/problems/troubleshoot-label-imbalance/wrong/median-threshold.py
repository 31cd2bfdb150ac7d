# Wrong: forces half of the test rows to be positive (threshold at the median test score), flooding false positives.
import numpy as np


def train_and_predict(X_train, y_train, X_test):
    mean, std = X_train.mean(axis=0), X_train.std(axis=0) + 1e-12
    Xtr, Xte = (X_train - mean) / std, (X_test - mean) / std
    n, d = Xtr.shape
    w = np.zeros(d)
    b = 0.0
    lam = 0.3
    for _ in range(1000):
        p = 1.0 / (1.0 + np.exp(-(Xtr @ w + b)))
        w -= 0.5 * (Xtr.T @ (p - y_train) / n + lam * w)
        b -= 0.5 * np.mean(p - y_train)
    s = Xte @ w + b
    return (s >= np.median(s)).astype(int)
