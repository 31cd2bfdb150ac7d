import numpy as np


def train_and_predict(X_train, y_train, X_test):
    """Linear regression (with intercept) trained by batch gradient descent on the mean squared error."""
    n, d = X_train.shape
    w = np.zeros(d)
    b = 0.0
    lr = 0.1
    for step in range(3000):
        residual = X_train @ w + b - y_train
        w -= lr * 2.0 * X_train.T @ residual / n
        b -= lr * 2.0 * residual.mean()
        if step % 500 == 0:
            print(f"step {step}: mse {np.mean(residual ** 2):.4g}")
    return X_test @ w + b
