# Wrong: keeps the leaking column and fills the test column with its training mean; the model still relies on it.
import numpy as np


def train_and_predict(X_train, y_train, X_test):
    X_test = X_test.copy()
    X_test[:, -1] = X_train[:, -1].mean()
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    std[std == 0] = 1.0
    Xtr = (X_train - mean) / std
    Xte = (X_test - mean) / std
    n, d = Xtr.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(3000):
        p = 1.0 / (1.0 + np.exp(-np.clip(Xtr @ w + b, -30, 30)))
        w -= 1.0 * Xtr.T @ (p - y_train) / n
        b -= 1.0 * np.mean(p - y_train)
    return (Xte @ w + b >= 0).astype(int)
