import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """Majority vote of the k nearest training points (Euclidean); ties -> smaller index / smallest label."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    sq_dist = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)   # (m, n)
    nearest = np.argsort(sq_dist, axis=1, kind="stable")[:, :k]               # equal distances: smaller index first
    predictions = np.empty(len(X_test), dtype=np.int64)
    for i, idx in enumerate(nearest):
        labels, counts = np.unique(y_train[idx], return_counts=True)          # labels come back sorted
        predictions[i] = labels[np.argmax(counts)]                            # first maximum = smallest label
    return predictions
