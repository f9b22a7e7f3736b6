#!/usr/bin/python3
"""Builds, trains and exports the shapes corpus: small PyTorch networks written the way users
write them, exported with torch.onnx.export (the TorchScript exporter) with a dynamic batch axis.

For each model NAME it writes, next to this script:
  NAME.onnx        the exported graph
  NAME.inputs.csv  64 input rows: x0,x1,... = every graph input flattened row-major and
                   concatenated in graph-input order
  NAME.torch.csv   the same rows followed by PyTorch's eval-mode outputs out0,out1,... (every
                   graph output flattened and concatenated in graph-output order)
and shapes.json describing all models.

Run with the system python and Debian's python3-torch:
  python3 tests/data/models/shapes/export_shapes.py
It needs only torch (the onnx package is not used). Every model has its own seeds and the
script runs single-threaded, so re-running it rewrites the same bytes.
"""

import json
import math
import os
import warnings

import torch
import torch.nn.functional as F
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 64  # rows in NAME.inputs.csv / NAME.torch.csv
TRAIN_SAMPLES = 2048
BATCH = 128
STEPS = 400
LR = 3e-3

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)
warnings.filterwarnings("ignore")


# ---------------------------------------------------------------------------------------------
# Building blocks


def mlp(sizes, act, last=None, dropout=None):
    """Linear layers of the given sizes with `act()` between them, optionally `last` at the end."""
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(act())
            if dropout is not None:
                layers.append(nn.Dropout(dropout))
    if last is not None:
        layers.append(last)
    return nn.Sequential(*layers)


class Argmax(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, x):
        return torch.argmax(self.net(x), dim=1)

    def logits(self, x):
        return self.net(x)


class Flattened(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.flatten = nn.Flatten()
        self.net = net

    def forward(self, x):
        return self.net(self.flatten(x))


class Concatenated(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, a, b):
        return self.net(torch.cat([a, b], dim=1))


class TwoHeads(nn.Module):
    def __init__(self, features, hidden, values, classes):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Linear(features, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.value = nn.Linear(hidden, values)
        self.policy = nn.Linear(hidden, classes)

    def heads(self, x):
        h = self.trunk(x)
        return self.value(h), self.policy(h)

    def forward(self, x):
        value, logits = self.heads(x)
        return value, torch.softmax(logits, dim=1)


class NormalizedIO(nn.Module):
    """(x - mean) / std, an MLP, then y * ystd + ymean: a regression model with its scalers."""

    def __init__(self, net, features, outputs):
        super().__init__()
        self.net = net
        self.register_buffer("mean", torch.zeros(features))
        self.register_buffer("std", torch.ones(features))
        self.register_buffer("ymean", torch.zeros(outputs))
        self.register_buffer("ystd", torch.ones(outputs))

    def forward(self, x):
        y = self.net((x - self.mean) / self.std)
        return y * self.ystd + self.ymean


class ClippedInput(nn.Module):
    """A policy with an observation normalizer: clamp((x - mean) / std, -5, 5), then an MLP."""

    def __init__(self, net, features):
        super().__init__()
        self.net = net
        self.register_buffer("mean", torch.zeros(features))
        self.register_buffer("std", torch.ones(features))

    def forward(self, x):
        return self.net(torch.clamp((x - self.mean) / self.std, -5.0, 5.0))


class Conv1dNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(2, 4, kernel_size=3)
        self.head = nn.Linear(4 * 6, 1)

    def forward(self, x):
        return self.head(torch.relu(self.conv(x)).flatten(1))


class RecurrentNet(nn.Module):
    def __init__(self, cell):
        super().__init__()
        self.rnn = cell(3, 16, batch_first=True)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        _, state = self.rnn(x)
        h = state[0] if isinstance(state, tuple) else state  # LSTM returns (h, c), GRU h
        return self.head(h[-1])


class AttentionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.attention = nn.MultiheadAttention(8, 2, batch_first=True)
        self.head = nn.Linear(4 * 8, 2)

    def forward(self, x):
        attended, _ = self.attention(x, x, x, need_weights=False)
        return self.head(attended.flatten(1))


class Residual(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.net = mlp([features, hidden, features], nn.ReLU)

    def forward(self, x):
        return x + self.net(x)


# ---------------------------------------------------------------------------------------------
# The corpus


class Spec:
    def __init__(self, name, build, inputs, outputs, task, exercises, wanted=None, opset=13,
                 train=True, scaled=False, scaled_target=False, outliers=False):
        self.name = name
        self.build = build          # () -> nn.Module, called right after torch.manual_seed
        self.inputs = inputs        # [(graph input name, shape without the batch axis)]
        self.outputs = outputs      # [graph output name]
        self.task = task            # ("regress", k) | ("classify", c) | ("binary",) | ("two_heads", k, c)
        self.exercises = exercises
        self.wanted = wanted or outputs
        self.opset = opset
        self.train = train
        self.scaled = scaled        # inputs are N(mean, std^2) per feature, not N(0, 1)
        self.scaled_target = scaled_target  # the regression target is far from N(0, 1)
        self.outliers = outliers    # some input rows lie past the normalizer's clip


def sized(shape):
    return math.prod(shape)


SPECS = [
    Spec("mlp_relu", lambda: mlp([8, 32, 32, 2], nn.ReLU), [("x", (8,))], ["y"],
         ("regress", 2), "Gemm + Relu; two regression outputs"),
    Spec("mlp_tanh", lambda: mlp([6, 24, 24, 1], nn.Tanh), [("x", (6,))], ["y"],
         ("regress", 1), "Gemm + Tanh at opset 17", opset=17),
    Spec("mlp_sigmoid", lambda: mlp([5, 32, 16, 1], nn.Sigmoid), [("x", (5,))], ["y"],
         ("regress", 1), "Gemm + Sigmoid as a hidden activation"),
    Spec("mlp_leakyrelu", lambda: mlp([10, 48, 24, 3], lambda: nn.LeakyReLU(0.2)), [("x", (10,))],
         ["y"], ("regress", 3), "LeakyRelu alpha 0.2"),
    Spec("classifier_softmax", lambda: mlp([7, 32, 32, 4], nn.ReLU, nn.Softmax(dim=1)),
         [("x", (7,))], ["probs"], ("classify", 4),
         "Softmax(axis=1) output over 4 classes, opset 17", opset=17),
    Spec("classifier_logsoftmax", lambda: mlp([9, 40, 20, 5], nn.ReLU, nn.LogSoftmax(dim=1)),
         [("x", (9,))], ["log_probs"], ("classify", 5), "LogSoftmax(axis=1) output over 5 classes"),
    Spec("binary_sigmoid_output", lambda: mlp([6, 32, 16, 1], nn.ReLU, nn.Sigmoid()),
         [("x", (6,))], ["p"], ("binary",), "Sigmoid on a 1-unit output layer (a probability)"),
    Spec("classifier_argmax", lambda: Argmax(mlp([8, 32, 32, 3], nn.ReLU)), [("x", (8,))],
         ["label"], ("classify", 3), "ArgMax(axis=1, keepdims=0): an int64 output"),
    Spec("batchnorm_hidden",
         lambda: nn.Sequential(nn.Linear(6, 32), nn.BatchNorm1d(32), nn.ReLU(),
                               nn.Linear(32, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 1)),
         [("x", (6,))], ["y"], ("regress", 1),
         "BatchNormalization after Gemm (eval: trained running stats), twice"),
    Spec("batchnorm_input",
         lambda: nn.Sequential(nn.BatchNorm1d(8), nn.Linear(8, 32), nn.ReLU(),
                               nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 2)),
         [("x", (8,))], ["y"], ("regress", 2),
         "BatchNormalization on the raw input, before the first Gemm", scaled=True),
    Spec("silu", lambda: mlp([7, 32, 32, 1], nn.SiLU), [("x", (7,))], ["y"], ("regress", 1),
         "SiLU as Sigmoid + Mul"),
    Spec("gelu_erf", lambda: mlp([8, 32, 32, 2], nn.GELU), [("x", (8,))], ["y"], ("regress", 2),
         "exact GELU as Div, Erf, Add, Mul"),
    Spec("gelu_tanh", lambda: mlp([8, 32, 32, 2], lambda: nn.GELU(approximate="tanh")),
         [("x", (8,))], ["y"], ("regress", 2), "tanh-approximated GELU from elementary ops"),
    Spec("elu", lambda: mlp([6, 32, 16, 1], nn.ELU), [("x", (6,))], ["y"], ("regress", 1),
         "Elu alpha 1.0"),
    Spec("elu_alpha", lambda: mlp([6, 24, 24, 1], lambda: nn.ELU(alpha=0.5)), [("x", (6,))],
         ["y"], ("regress", 1), "Elu alpha 0.5"),
    Spec("selu", lambda: mlp([5, 32, 32, 1], nn.SELU), [("x", (5,))], ["y"], ("regress", 1),
         "Selu"),
    Spec("softplus", lambda: mlp([4, 16, 16, 1], nn.Softplus), [("x", (4,))], ["y"],
         ("regress", 1), "Softplus"),
    Spec("hardtanh", lambda: mlp([6, 32, 32, 1], lambda: nn.Hardtanh(-1.0, 1.0)), [("x", (6,))],
         ["y"], ("regress", 1), "Hardtanh(-1, 1) as Clip with min/max inputs"),
    Spec("relu6", lambda: mlp([6, 32, 32, 2], nn.ReLU6), [("x", (6,))], ["y"], ("regress", 2),
         "ReLU6 as Clip(0, 6)"),
    Spec("hardsigmoid", lambda: mlp([5, 32, 32, 1], nn.Hardsigmoid), [("x", (5,))], ["y"],
         ("regress", 1), "HardSigmoid alpha 1/6"),
    Spec("hardswish", lambda: mlp([8, 32, 32, 1], nn.Hardswish), [("x", (8,))], ["y"],
         ("regress", 1), "Hardswish as HardSigmoid + Mul (opset 13 has no HardSwish)"),
    Spec("mish", lambda: mlp([6, 32, 32, 1], nn.Mish), [("x", (6,))], ["y"], ("regress", 1),
         "Mish as Softplus, Tanh, Mul"),
    Spec("flatten_3x4", lambda: Flattened(mlp([12, 32, 16, 2], nn.ReLU)), [("x", (3, 4))],
         ["y"], ("regress", 2), "a rank-3 input [batch,3,4] through Flatten"),
    Spec("two_inputs_cat", lambda: Concatenated(mlp([8, 32, 32, 1], nn.ReLU)),
         [("a", (5,)), ("b", (3,))], ["y"], ("regress", 1),
         "two graph inputs joined by Concat(axis=1)"),
    Spec("two_heads", lambda: TwoHeads(8, 48, 1, 4), [("x", (8,))], ["value", "probs"],
         ("two_heads", 1, 4), "a shared trunk and two outputs: a regression value and Softmax"
         " probabilities over 4 classes"),
    Spec("dropout", lambda: mlp([6, 64, 32, 1], nn.ReLU, dropout=0.2), [("x", (6,))], ["y"],
         ("regress", 1), "nn.Dropout(0.2) between layers, exported in eval mode"),
    Spec("normalized_io", lambda: NormalizedIO(mlp([8, 64, 64, 2], nn.Tanh), 8, 2),
         [("x", (8,))], ["y"], ("regress", 2),
         "Sub/Div input scaling and Mul/Add output scaling from buffers, opset 17",
         opset=17, scaled=True, scaled_target=True),
    Spec("input_clip", lambda: ClippedInput(mlp([12, 64, 64, 4], nn.SiLU), 12), [("x", (12,))],
         ["y"], ("regress", 4),
         "Sub/Div then Clip(-5, 5) on the input, SiLU hidden layers", scaled=True, outliers=True),
    # Networks outside an MLP, for refusal tests: random (seeded) weights, not trained.
    Spec("unsupported_conv1d", Conv1dNet, [("x", (2, 8))], ["y"], ("regress", 1),
         "Conv (1-d convolution)", train=False),
    Spec("unsupported_lstm", lambda: RecurrentNet(nn.LSTM), [("x", (4, 3))], ["y"],
         ("regress", 1), "LSTM over a 4-step sequence", train=False),
    Spec("unsupported_gru", lambda: RecurrentNet(nn.GRU), [("x", (4, 3))], ["y"],
         ("regress", 1), "GRU over a 4-step sequence", train=False),
    Spec("unsupported_attention", AttentionNet, [("x", (4, 8))], ["y"], ("regress", 2),
         "nn.MultiheadAttention self-attention (MatMul, Softmax, Reshape, Transpose, ...)",
         train=False),
    Spec("unsupported_residual", lambda: Residual(6, 32), [("x", (6,))], ["y"], ("regress", 6),
         "a skip connection: the input added to the MLP's output", train=False),
]


# ---------------------------------------------------------------------------------------------
# Data


def feature_scales(gen, features):
    """Per-feature mean and std for models whose inputs are not standardized."""
    mean = torch.randn(features, generator=gen) * 4.0
    std = torch.exp(torch.rand(features, generator=gen) * 3.0 - 1.0)  # 0.37 .. 7.4
    return mean, std


def draw(gen, spec, n, mean, std):
    width = sum(sized(shape) for _, shape in spec.inputs)
    z = torch.randn(n, width, generator=gen)
    return z * std + mean if spec.scaled else z


def split(spec, flat):
    """The concatenated columns back into the graph's input tensors."""
    tensors, at = [], 0
    for _, shape in spec.inputs:
        size = sized(shape)
        tensors.append(flat[:, at:at + size].reshape(-1, *shape).contiguous())
        at += size
    return tensors


def targets(gen, spec, z):
    """A fixed smooth teacher function of the standardized inputs z."""
    width = z.shape[1]
    a = torch.randn(width, 8, generator=gen) / math.sqrt(width)
    c = torch.randn(8, 8, generator=gen)
    hidden = torch.tanh(1.5 * z @ a) + 0.3 * (z @ a) ** 2
    raw = hidden @ c
    task = spec.task[0]
    if task == "regress":
        k = spec.task[1]
        y = raw[:, :k]
        if spec.scaled_target:  # a target in its own units, as a regression export would see
            y = y * (torch.rand(k, generator=gen) * 20.0 + 1.0) + torch.randn(k, generator=gen) * 50.0
        return (y,)
    if task == "classify":
        c_ = spec.task[1]
        return (torch.argmax(raw[:, :c_] - raw[:, :c_].mean(0), dim=1),)
    if task == "binary":
        return (((raw[:, 0] - raw[:, 0].median()) > 0).float().unsqueeze(1),)
    k, c_ = spec.task[1], spec.task[2]
    return raw[:, :k], torch.argmax(raw[:, k:k + c_] - raw[:, k:k + c_].mean(0), dim=1)


# ---------------------------------------------------------------------------------------------
# Training


def training_view(spec, model):
    """What the loss sees: logits for classifiers (the model's own last op stripped)."""
    task = spec.task[0]
    if isinstance(model, Argmax):
        return model.logits
    if isinstance(model, TwoHeads):
        return model.heads
    if task in ("classify", "binary") and isinstance(model[-1], (nn.Softmax, nn.LogSoftmax, nn.Sigmoid)):
        return model[:-1]
    return model


def loss_of(spec, out, ys, ystd):
    task = spec.task[0]
    if task == "regress":
        return (((out - ys[0]) / ystd) ** 2).mean()
    if task == "classify":
        return F.cross_entropy(out, ys[0])
    if task == "binary":
        return F.binary_cross_entropy_with_logits(out, ys[0])
    value, logits = out
    return (((value - ys[0]) / ystd) ** 2).mean() + F.cross_entropy(logits, ys[1])


def train(spec, model, gen, mean, std):
    x = draw(gen, spec, TRAIN_SAMPLES, mean, std)
    z = (x - mean) / std if spec.scaled else x
    ys = targets(gen, spec, z)
    ystd = ys[0].std(0) if ys[0].is_floating_point() else None

    if isinstance(model, (NormalizedIO, ClippedInput)):  # scalers from the training data
        model.mean.copy_(x.mean(0))
        model.std.copy_(x.std(0))
    if isinstance(model, NormalizedIO):
        model.ymean.copy_(ys[0].mean(0))
        model.ystd.copy_(ys[0].std(0))

    forward = training_view(spec, model)
    optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    model.train()
    for _ in range(STEPS):
        idx = torch.randint(0, TRAIN_SAMPLES, (BATCH,), generator=gen)
        out = forward(*split(spec, x[idx]))
        loss = loss_of(spec, out, [y[idx] for y in ys], ystd)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        return float(loss_of(spec, forward(*split(spec, x)), ys, ystd))


# ---------------------------------------------------------------------------------------------
# Reading the exported file (a few protobuf fields, so that the onnx package is not needed)


def _varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _fields(data):
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(data, i)
        elif wire == 1:
            value, i = data[i:i + 8], i + 8
        elif wire == 2:
            length, i = _varint(data, i)
            value, i = data[i:i + length], i + length
        elif wire == 5:
            value, i = data[i:i + 4], i + 4
        else:
            raise ValueError("unexpected protobuf wire type %d" % wire)
        yield number, value


def graph_facts(path):
    """Op types in node order (first occurrence) and the opsets the model imports."""
    with open(path, "rb") as f:
        model = f.read()
    ops, opsets = [], {}
    for number, value in _fields(model):
        if number == 8:  # ModelProto.opset_import
            entry = dict(_fields(value))
            opsets[entry.get(1, b"").decode() or "ai.onnx"] = entry.get(2)
        elif number == 7:  # ModelProto.graph
            for gnumber, gvalue in _fields(value):
                if gnumber == 1:  # GraphProto.node
                    op = dict(_fields(gvalue)).get(4, b"").decode()  # NodeProto.op_type
                    if op not in ops:
                        ops.append(op)
    return ops, opsets


# ---------------------------------------------------------------------------------------------
# Writing


def fmt(v):
    return str(int(v)) if isinstance(v, int) else "%.9g" % v


def write_csv(path, header, rows):
    with open(path, "w", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(fmt(v) for v in row) + "\n")


def export(spec, index):
    seed = 1000 + index
    torch.manual_seed(seed)
    model = spec.build()
    gen = torch.Generator().manual_seed(seed)
    width = sum(sized(shape) for _, shape in spec.inputs)
    mean, std = feature_scales(gen, width)

    final_loss = train(spec, model, gen, mean, std) if spec.train else None
    model.eval()

    # The rows: from the distribution the model is used on, with its own generator.
    rows_gen = torch.Generator().manual_seed(seed + 500)
    if isinstance(model, (NormalizedIO, ClippedInput)):
        mean, std = model.mean.clone(), model.std.clone()
    elif spec.name == "batchnorm_input":
        mean, std = model[0].running_mean.clone(), model[0].running_var.sqrt()
    x = draw(rows_gen, spec, ROWS, mean, std).float()
    if spec.outliers:  # the last 8 rows each have one feature 6 to 8 std from the mean
        for r in range(ROWS - 8, ROWS):
            j = int(torch.randint(0, width, (1,), generator=rows_gen))
            sign = 1.0 if torch.rand(1, generator=rows_gen) < 0.5 else -1.0
            x[r, j] = mean[j] + sign * (6.0 + 2.0 * float(torch.rand(1, generator=rows_gen))) * std[j]
    # Round through the text form so that torch sees exactly what the CSV says.
    x = torch.tensor([[float(fmt(float(v))) for v in row] for row in x.tolist()], dtype=torch.float32)
    args = tuple(split(spec, x))

    with torch.no_grad():
        out = model(*args)
    outs = out if isinstance(out, tuple) else (out,)
    out_cols = torch.cat([o.reshape(ROWS, -1).to(torch.float64) if o.is_floating_point()
                          else o.reshape(ROWS, -1) for o in outs], dim=1)

    path = os.path.join(HERE, spec.name + ".onnx")
    names = [n for n, _ in spec.inputs]
    torch.onnx.export(
        model, args, path,
        input_names=names, output_names=spec.outputs,
        dynamic_axes={n: {0: "batch"} for n in names + spec.outputs},
        opset_version=spec.opset)

    in_header = ["x%d" % i for i in range(width)]
    out_header = ["out%d" % i for i in range(out_cols.shape[1])]
    in_rows = x.tolist()
    out_rows = [[int(v) for v in r] for r in out_cols.tolist()] if not out_cols.is_floating_point() \
        else out_cols.tolist()
    write_csv(os.path.join(HERE, spec.name + ".inputs.csv"), in_header, in_rows)
    write_csv(os.path.join(HERE, spec.name + ".torch.csv"), in_header + out_header,
              [a + b for a, b in zip(in_rows, out_rows)])

    ops, opsets = graph_facts(path)
    if spec.outliers:
        distribution = "N(mean, std^2) of the normalizer's buffers; rows 56-63 each have one" \
                       " feature 6 to 8 std from the mean, past the clip"
    elif spec.scaled:
        distribution = "N(mean, std^2) of the " + (
            "BatchNorm running stats" if spec.name == "batchnorm_input" else "normalizer's buffers")
    else:
        distribution = "standard normal"
    return {
        "name": spec.name,
        "file": spec.name + ".onnx",
        "supported": not spec.name.startswith("unsupported_"),
        "inputs": [{"name": n, "shape": ["batch", *shape], "size": sized(shape)}
                   for n, shape in spec.inputs],
        "outputs": [{"name": n, "shape": ["batch", *o.shape[1:]],
                     "size": sized(o.shape[1:]),
                     "type": "float32" if o.is_floating_point() else "int64"}
                    for n, o in zip(spec.outputs, outs)],
        "wanted": spec.wanted,
        "exercises": spec.exercises,
        "opset": opsets.get("ai.onnx"),
        "ops": ops,
        "params": sum(p.numel() for p in model.parameters()),
        "trained_steps": STEPS if spec.train else 0,
        "final_train_loss": None if final_loss is None else float("%.4g" % final_loss),
        "input_distribution": distribution,
        "seed": seed,
    }


def main():
    entries = []
    for index, spec in enumerate(SPECS):
        entry = export(spec, index)
        entries.append(entry)
        print("%-24s %s -> %s  opset %s  params %d  ops %s" % (
            entry["name"],
            ", ".join("%s%s" % (i["name"], i["shape"]) for i in entry["inputs"]),
            ", ".join("%s%s %s" % (o["name"], o["shape"], o["type"]) for o in entry["outputs"]),
            entry["opset"], entry["params"], " ".join(entry["ops"])))
    with open(os.path.join(HERE, "shapes.json"), "w", newline="\n") as f:
        json.dump({"torch": torch.__version__, "rows": ROWS, "models": entries}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
