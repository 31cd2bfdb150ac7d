# Wrong: maps the labels to -1/+1 for training (correct) but also returns -1/+1 predictions instead of 0/1.
import numpy as np


def train_and_predict(X_train, y_train, X_test):
    mean, std = X_train.mean(axis=0), X_train.std(axis=0) + 1e-12
    Xs = (X_train - mean) / std
    y = 2 * y_train - 1
    n, d = X_train.shape
    w = np.zeros(d)
    b = 0.0
    for step in range(3000):
        z = Xs @ w + b
        g = -y / (1.0 + np.exp(np.clip(y * z, -30, 30)))
        w -= 0.5 * Xs.T @ g / n
        b -= 0.5 * np.mean(g)
    z_test = ((X_test - mean) / std) @ w + b
    return np.where(z_test >= 0, 1, -1)
