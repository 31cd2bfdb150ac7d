import numpy as np


def train_and_predict(X_train, y_train, X_test):
    """Logistic regression by mini-batch SGD (batch 32, 30 epochs, reshuffled every epoch); returns 0/1 labels."""
    rng = np.random.default_rng(0)
    n, d = X_train.shape
    w = np.zeros(d)
    b = 0.0
    lr = 0.1
    for epoch in range(30):
        X_shuffled = X_train[rng.permutation(n)]
        y_shuffled = y_train[rng.permutation(n)]
        for start in range(0, n, 32):
            xb = X_shuffled[start:start + 32]
            yb = y_shuffled[start:start + 32]
            p = 1.0 / (1.0 + np.exp(-(xb @ w + b)))
            w -= lr * xb.T @ (p - yb) / len(xb)
            b -= lr * np.mean(p - yb)
    return (X_test @ w + b >= 0).astype(int)
