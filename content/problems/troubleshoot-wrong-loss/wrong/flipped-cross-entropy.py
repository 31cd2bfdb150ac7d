# Wrong: switches to the 0/1 cross-entropy but writes its gradient as (y - p), so it climbs the loss.
import numpy as np


def train_and_predict(X_train, y_train, X_test):
    mean, std = X_train.mean(axis=0), X_train.std(axis=0) + 1e-12
    Xs = (X_train - mean) / std
    n, d = X_train.shape
    w = np.zeros(d)
    b = 0.0
    for step in range(3000):
        p = 1.0 / (1.0 + np.exp(-np.clip(Xs @ w + b, -30, 30)))
        g = y_train - p
        w -= 0.5 * Xs.T @ g / n
        b -= 0.5 * np.mean(g)
    z_test = ((X_test - mean) / std) @ w + b
    return (z_test >= 0).astype(int)
