# ruff: noqa: NPY002, UP031  (the oracle keeps the article's global seeding and printf style)
"""The source article's shallow network (section 10), its defects fixed: the test oracle.

This file deliberately does NOT import mlbook. It is the article's code, written the way the
article writes it (global ``np.random.seed`` calls included), with only these fixes:

- ``X.shape[]`` / ``Y.shape[]`` become ``X.shape[0]`` / ``Y.shape[0]``;
- ``np.randm.zeros`` becomes ``np.zeros``;
- ``layer_sizes`` takes the hidden size instead of hard-coding ``n_h = 4``;
- ``sigmoid`` clips its input so that ``exp`` cannot overflow;
- ``compute_cost`` drops the unused ``parameters`` and clips ``A2`` away from exactly 0 and 1,
  so that ``log`` stays finite;
- ``db1`` and ``db2`` keep their ``(n, 1)`` shape (``keepdims=True``), so no reshape at update;
- ``nn_model`` takes the learning rate and keeps the cost of every iteration.

Beyond the article, so that every path of mlbook's network has an oracle, the hidden
activation can be any of the course's six (``HIDDEN_ACTIVATIONS``, each written here from
its textbook formula, not copied from mlbook) and the seed of ``initialize_parameters`` is
an argument (the article's 2 by default).

It also carries the course's ``load_planar_dataset`` (which the article imports but never
shows), written with the global seed as the course does (1, unless told otherwise).
"""

import numpy as np


def load_planar_dataset(seed=1):
    np.random.seed(seed)
    m = 400  # number of examples
    N = int(m / 2)  # number of points per class
    D = 2  # dimensionality
    X = np.zeros((m, D))  # one example per row
    Y = np.zeros((m, 1), dtype="uint8")  # labels vector (0 or 1)
    a = 4  # maximum ray of the flower
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2  # theta
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2  # radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    X = X.T
    Y = Y.T
    return X, Y


def sigmoid(z):
    s = 1 / (1 + np.exp(-np.clip(z, -500, 500)))
    return s


# Hidden activations g and their derivatives g', the latter given Z1 and A1 = g(Z1). The
# article's tanh keeps its 1 - A1^2; ELU uses alpha = 1 and leaky ReLU a slope of 0.01.
HIDDEN_ACTIVATIONS = {
    "tanh": (np.tanh, lambda Z, A: 1 - np.power(A, 2)),
    "sigmoid": (sigmoid, lambda Z, A: A * (1 - A)),
    "relu": (lambda Z: Z * (Z > 0), lambda Z, A: (Z > 0) * 1.0),
    "leaky_relu": (lambda Z: np.where(Z > 0, Z, 0.01 * Z), lambda Z, A: np.where(Z > 0, 1, 0.01)),
    "elu": (lambda Z: np.where(Z > 0, Z, np.exp(np.minimum(Z, 0)) - 1),
            lambda Z, A: np.where(Z > 0, 1, np.exp(np.minimum(Z, 0)))),
    "linear": (lambda Z: Z * 1.0, lambda Z, A: np.ones(Z.shape)),
}


def layer_sizes(X, Y, n_h=4):
    n_x = X.shape[0]  # input layer size
    n_y = Y.shape[0]  # output layer size
    return (n_x, n_h, n_y)


def initialize_parameters(n_x, n_h, n_y, seed=2):
    np.random.seed(seed)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    assert W1.shape == (n_h, n_x)
    assert b1.shape == (n_h, 1)
    assert W2.shape == (n_y, n_h)
    assert b2.shape == (n_y, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


def forward_propagation(X, parameters, activation="tanh"):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = HIDDEN_ACTIVATIONS[activation][0](Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    assert A2.shape == (1, X.shape[1])
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache


def compute_cost(A2, Y):
    m = Y.shape[1]
    A2 = np.clip(A2, 1e-15, 1 - 1e-15)
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = (-1 / m) * np.sum(logprobs)
    cost = float(np.squeeze(cost))
    assert isinstance(cost, float)
    return cost


def backward_propagation(parameters, cache, X, Y, activation="tanh"):
    W2 = parameters["W2"]
    Z1 = cache["Z1"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    m = X.shape[1]
    dZ2 = A2 - Y
    dW2 = (1 / m) * np.dot(dZ2, A1.T)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * HIDDEN_ACTIVATIONS[activation][1](Z1, A1)
    dW1 = (1 / m) * np.dot(dZ1, X.T)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return grads


def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    dW1 = grads["dW1"]
    db1 = grads["db1"]
    dW2 = grads["dW2"]
    db2 = grads["db2"]
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


def nn_model(X, Y, n_h, num_iterations=10000, learning_rate=1.2, print_cost=False,
             activation="tanh", seed=2):
    np.random.seed(3)
    n_x = layer_sizes(X, Y, n_h)[0]
    n_y = layer_sizes(X, Y, n_h)[2]
    parameters = initialize_parameters(n_x, n_h, n_y, seed)
    costs = []
    for i in range(0, num_iterations):
        A2, cache = forward_propagation(X, parameters, activation)
        cost = compute_cost(A2, Y)
        costs.append(cost)
        grads = backward_propagation(parameters, cache, X, Y, activation)
        parameters = update_parameters(parameters, grads, learning_rate=learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters, costs


def predict(parameters, X, activation="tanh"):
    A2, cache = forward_propagation(X, parameters, activation)
    predictions = A2 > 0.5
    return predictions
