import numpy as np


def gaussian_nb(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (class probabilities of shape (m, C) in sorted class order, predicted labels of shape (m,))."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)                                  # sorted
    epsilon = 1e-9 * X_train.var(axis=0).max()

    log_prior = np.empty(len(classes))
    means = np.empty((len(classes), X_train.shape[1]))
    variances = np.empty_like(means)
    for i, c in enumerate(classes):
        Xc = X_train[y_train == c]
        log_prior[i] = np.log(len(Xc) / len(X_train))
        means[i] = Xc.mean(axis=0)
        variances[i] = Xc.var(axis=0) + epsilon                   # population variance + smoothing

    # joint log-likelihood, shape (m, C)
    diff = X_test[:, None, :] - means[None, :, :]
    log_lik = -0.5 * (np.log(2 * np.pi * variances)[None] + diff ** 2 / variances[None]).sum(axis=2)
    joint = log_lik + log_prior

    # normalise with log-sum-exp
    top = joint.max(axis=1, keepdims=True)
    log_norm = top + np.log(np.exp(joint - top).sum(axis=1, keepdims=True))
    proba = np.exp(joint - log_norm)
    pred = classes[np.argmax(joint, axis=1)].astype(np.int64)
    return proba, pred
