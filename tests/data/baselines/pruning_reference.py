#!/usr/bin/python3
"""Magnitude pruning and Wanda computed apart from Ferd, to pin its baselines.

Reads the ONNX graphs with the `onnx` package and does the arithmetic in numpy (Debian:
python3-onnx, python3-numpy), following the definitions in docs/RESULTS.md:
- the graph's input normalization and output de-normalization fold into the first and last
  dense layers; both pruners then work in the standardized coordinates of the calibration rows
  (512 rows evenly spaced over the training split);
- every layer keeps the same fraction of its weights, remainders by largest remainder; biases stay;
- magnitude ranks |W| within a layer; Wanda ranks |W_ij| * ||X_j|| within each output row, X the
  layer's inputs through the already pruned layers; ties keep the lower index.
Writes pruning_reference.csv beside this script: model, parameters, magnitude and Wanda test RMSE.

    /usr/bin/python3 tests/data/baselines/pruning_reference.py
"""
import csv
import math
import os

import numpy as np
import onnx
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..")
MODELS = ["concrete_tanh", "energy_relu", "kin8nm_sigmoid", "power-plant_relu"]
KEPT = [0.9, 0.5, 0.2]
CALIBRATION_ROWS = 512
ACTIVATIONS = {"Tanh": np.tanh, "Relu": lambda z: np.maximum(z, 0), "Sigmoid": lambda z: 1 / (1 + np.exp(-z))}


def read_csv(path):
    with open(path) as f:
        rows = list(csv.reader(f))
    header, values = rows[0], np.array(rows[1:], dtype=np.float64)
    xs = [i for i, h in enumerate(header) if h.startswith("x")]
    ys = [i for i, h in enumerate(header) if h.startswith("y")]
    # Inputs are the float32 values the model's tensor receives; targets stay as written.
    return values[:, xs].astype(np.float32).astype(np.float64), values[:, ys]


def dataset(model, split):
    name = model.split("_")[0]
    folder = "dynamics" if name in ("lorenz", "vanderpol", "lotka-volterra") else "regression"
    return read_csv(os.path.join(DATA, "datasets", folder, f"{name}.{split}.csv"))


def layers(model):
    """The dense chain as [W (out x in), b, activation], normalization folded in."""
    graph = onnx.load(os.path.join(DATA, "models", model + ".onnx")).graph
    init = {i.name: numpy_helper.to_array(i).astype(np.float64) for i in graph.initializer}
    chain, mean, std, pending = [], None, None, None
    for node in graph.node:
        op, a = node.op_type, node.input
        if op == "Sub" and not chain:
            mean = init[a[1]]
        elif op == "Div" and not chain:
            std = init[a[1]]
        elif op == "Gemm":
            chain.append([init[a[1]], init[a[2]], None])
        elif op == "MatMul":
            pending = init[a[1]].T
        elif op == "Add" and pending is not None:
            chain.append([pending, init[a[1]], None])
            pending = None
        elif op in ACTIVATIONS:
            chain[-1][2] = op
        elif op == "Mul":
            scale = init[a[1]]
            chain[-1][0] = chain[-1][0] * scale[:, None]
            chain[-1][1] = chain[-1][1] * scale
        elif op == "Add":
            chain[-1][1] = chain[-1][1] + init[a[1]]
        else:
            raise ValueError(f"{model}: unexpected {op}")
    w, b, act = chain[0]
    chain[0] = [w / std, b - (w / std) @ mean, act]
    return chain


def evaluate(chain, x):
    for w, b, act in chain:
        x = x @ w.T + b
        if act:
            x = ACTIVATIONS[act](x)
    return x


def plan(chain, parameters):
    biases = sum(len(b) for _, b, _ in chain)
    sizes = [w.size for w, _, _ in chain]
    fraction = (parameters - biases) / sum(sizes)
    share = [fraction * n for n in sizes]
    keep = [math.floor(s) for s in share]
    missing = parameters - biases - sum(keep)
    for l in sorted(range(len(keep)), key=lambda l: (-(share[l] - keep[l]), l)):
        if missing == 0:
            break
        if keep[l] < sizes[l]:
            keep[l] += 1
            missing -= 1
    return keep


def zero_all_but(weights, scores, keep):
    """Zero the lowest scores; among equal scores the higher index goes first."""
    flat = scores.reshape(-1)  # row-major, as the layer's weights are indexed
    order = np.lexsort((-np.arange(flat.size), flat))
    weights[np.unravel_index(order[: flat.size - keep], weights.shape)] = 0


def standardized(chain, mu, s):
    """A copy of the chain as a function of (x - mu) / s; the pruners zero its weights in place."""
    w, b, act = chain[0]
    return [[w * s, b + w @ mu, act]] + [[w.copy(), b, act] for w, b, act in chain[1:]]


def raw(chain, mu, s):
    w, b, act = chain[0]
    return [[w / s, b - (w / s) @ mu, act]] + chain[1:]


def magnitude(chain, parameters, mu, s):
    pruned = standardized(chain, mu, s)
    for (w, _, _), keep in zip(pruned, plan(chain, parameters)):
        zero_all_but(w, np.abs(w), keep)
    return raw(pruned, mu, s)


def wanda(chain, parameters, calibration, mu, s):
    pruned = standardized(chain, mu, s)
    x = (calibration - mu) / s
    for layer, keep in zip(pruned, plan(chain, parameters)):
        w, b, act = layer
        norms = np.sqrt((x * x).sum(axis=0))
        rows = w.shape[0]
        for k in range(rows):
            zero_all_but(w[k], np.abs(w[k]) * norms, keep // rows + (1 if k < keep % rows else 0))
        x = evaluate([layer], x)
    return raw(pruned, mu, s)


def rmse(chain, x, y):
    return math.sqrt(np.mean((evaluate(chain, x) - y) ** 2))


def main():
    out = [["model", "parameters", "magnitude", "wanda"]]
    for model in MODELS:
        chain = layers(model)
        train, _ = dataset(model, "train")
        test_x, test_y = dataset(model, "test")
        calibration = train[[i * len(train) // CALIBRATION_ROWS for i in range(min(CALIBRATION_ROWS, len(train)))]]
        mu = calibration.mean(axis=0)
        s = calibration.std(axis=0)
        s[s == 0] = 1
        total = sum(w.size + b.size for w, b, _ in chain)
        for kept in KEPT:
            parameters = math.floor(kept * total)
            out.append([model, parameters,
                        repr(rmse(magnitude(chain, parameters, mu, s), test_x, test_y)),
                        repr(rmse(wanda(chain, parameters, calibration, mu, s), test_x, test_y))])
    with open(os.path.join(HERE, "pruning_reference.csv"), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(out)


if __name__ == "__main__":
    main()
