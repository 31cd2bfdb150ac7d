import numpy as np


def train_and_predict(X_train, y_train, X_test):
    """Logistic regression by gradient descent on the logistic loss log(1 + exp(-y * z)); returns 0/1 labels."""
    mean, std = X_train.mean(axis=0), X_train.std(axis=0) + 1e-12
    n, d = X_train.shape
    w = np.zeros(d)
    b = 0.0
    lr = 0.5
    for step in range(3000):
        z = ((X_train - mean) / std) @ w + b
        loss = np.mean(np.log1p(np.exp(-y_train * z)))
        g = -y_train / (1.0 + np.exp(y_train * z))       # d loss / d z
        w -= lr * ((X_train - mean) / std).T @ g / n
        b -= lr * np.mean(g)
        if step % 500 == 0:
            print(f"step {step}: loss {loss:.4f}")
    z_test = ((X_test - mean) / std) @ w + b
    return (z_test >= 0).astype(int)
