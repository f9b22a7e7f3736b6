using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ferd.Networks;
using Ferd.Onnx.Interpreter;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// Follows the chain node by node: affine nodes compose into the pending <see cref="AffineMap"/>,
    /// an activation closes it into a <see cref="DenseLayer"/>, shape-preserving nodes pass through.
    /// </summary>
    internal sealed class ChainBuilder
    {
        /// <summary>Beyond this a single layer is no network a person compiles into code; refuse before allocating it.</summary>
        public const long MaxLayerWeights = 1L << 24;

        /// <summary>
        /// A normalizer whose shift exceeds this many spreads of its input keeps x − mean ahead of the
        /// first product: folded into float weights it would cancel more than a third of float32's
        /// 24-bit mantissa on inputs near the mean.
        /// </summary>
        private const double MaxFoldedShift = 256;

        private readonly Dictionary<string, OnnxTensor> _constants;
        private readonly List<DenseLayer> _layers = new List<DenseLayer>();
        private AffineMap _pending;
        private InputStage _stage;
        private bool _clamped;
        private InputPrior? _prior;

        public ChainBuilder(int features, Dictionary<string, OnnxTensor> constants, int sourceOffset = 0)
        {
            // Every layer reading the input holds at least one weight per feature; refuse a
            // declared size alone before it allocates the per-feature vectors.
            if (features > MaxLayerWeights)
                throw new ModelException(ModelErrorKind.TooLarge,
                    $"The graph input declares {features} features; Ferd compiles at most {MaxLayerWeights} weights per layer.");
            _constants = constants;
            _pending = AffineMap.Identity(features);
            var stage = InputStage.Identity(features);
            for (int j = 0; j < features; j++) stage.Source[j] = sourceOffset + j;
            _stage = stage;
        }

        private ChainBuilder(Dictionary<string, OnnxTensor> constants, InputStage stage, AffineMap pending, bool clamped)
        {
            _constants = constants;
            _stage = stage;
            _pending = pending;
            _clamped = clamped;
        }

        /// <summary>What happens to the inputs before the first layer.</summary>
        public InputStage Stage => _stage;

        /// <summary>The first layer's inputs as the graph's normalizer describes them, or null when it has none.</summary>
        public InputPrior? Prior => _prior;

        /// <summary>True while no dense operator has been read: the value is still the inputs, feature by feature.</summary>
        public bool BeforeFirstLayer => _layers.Count == 0 && !_pending.HasDense;

        /// <summary>Joins the inputs of several builders, none past its first dense operator, in order (Concat along features).</summary>
        public static ChainBuilder Concat(IReadOnlyList<ChainBuilder> parts, Dictionary<string, OnnxTensor> constants)
        {
            var stage = new InputStage(
                parts.SelectMany(p => p._stage.Source).ToArray(), parts.SelectMany(p => p._stage.Shift).ToArray(),
                parts.SelectMany(p => p._stage.Scale).ToArray(), parts.SelectMany(p => p._stage.Lower).ToArray(),
                parts.SelectMany(p => p._stage.Upper).ToArray());
            var pending = AffineMap.Diagonal(parts.SelectMany(p => p._pending.DiagonalScale).ToArray(), parts.SelectMany(p => p._pending.DiagonalOffset).ToArray());
            return new ChainBuilder(constants, stage, pending, parts.Any(p => p._clamped));
        }

        /// <summary>Applies <paramref name="node"/>, which reads the chain's value <paramref name="value"/>.</summary>
        public void Apply(OnnxNode node, string value)
        {
            int position = IndexOf(node, value);
            switch (node.OpType)
            {
                case "Add":
                    _pending = _pending.Shift(Features(node, 1 - position));
                    break;
                case "Sub":
                    var k = Features(node, 1 - position);
                    // x − k shifts; k − x negates first.
                    _pending = position == 0 ? _pending.Shift(Negated(k)) : _pending.Scale(Filled(-1)).Shift(k);
                    break;
                case "Mul":
                    _pending = _pending.Scale(Features(node, 1 - position));
                    break;
                case "Div":
                    if (position != 0) throw NodeErrors.Shape(node, "it divides by a computed value, which is not affine");
                    _pending = _pending.Scale(Features(node, 1).Select(d => 1 / d).ToArray());
                    break;
                case "Gemm":
                    ApplyGemm(node, position);
                    break;
                case "MatMul":
                    ApplyMatMul(node, position);
                    break;
                case "Relu":
                    Close(Activation.Relu);
                    break;
                case "LeakyRelu":
                    float alpha = node.Float("alpha", 0.01f);
                    if (float.IsNaN(alpha) || float.IsInfinity(alpha))
                        throw new ModelException(ModelErrorKind.NonFiniteWeights, $"Node '{node.DisplayName}' (LeakyRelu) has slope alpha = {Format(alpha)}.");
                    Close(Activation.LeakyRelu(alpha));
                    break;
                case "Tanh":
                    Close(Activation.Tanh);
                    break;
                case "Sigmoid":
                    Close(Activation.Sigmoid);
                    break;
                case "Clip":
                    ApplyClip(node);
                    break;
                case "Elu":
                    Close(Activation.Elu(Finite(node, "alpha", 1f)));
                    break;
                case "Selu":
                    Close(Activation.Selu(Finite(node, "alpha", 1.67326319217681884765625f), Finite(node, "gamma", 1.05070102214813232421875f)));
                    break;
                case "Softplus":
                    Close(Activation.Softplus);
                    break;
                case "Mish":
                    Close(Activation.Mish);
                    break;
                case "Gelu":
                    string approximate = node.Attribute("approximate")?.S ?? "none";
                    if (approximate != "none" && approximate != "tanh") throw NodeErrors.Shape(node, $"approximate = '{approximate}' is neither 'none' nor 'tanh'");
                    Close(approximate == "tanh" ? Activation.GeluTanh : Activation.Gelu);
                    break;
                case "HardSigmoid":
                    Close(Activation.HardSigmoid(Positive(node, "alpha", 0.2f), Finite(node, "beta", 0.5f)));
                    break;
                case "HardSwish":
                    Close(Activation.HardSwish(1.0 / 6, 0.5));
                    break;
                case "BatchNormalization":
                    ApplyBatchNormalization(node, position);
                    break;
                case "Dropout":
                case "Identity":
                    // Inference: Dropout passes its input through.
                    break;
                case "Cast":
                    if (node.Int("to", 0) != (long)OnnxDataType.Float) throw NodeErrors.Shape(node, "only a cast to float32 keeps the network in float");
                    break;
                case "Flatten":
                    long axis = node.Int("axis", 1);
                    if (axis != 1 && axis != -1) throw NodeErrors.Shape(node, $"Flatten with axis {axis} changes the [batch, features] shape");
                    break;
                case "Reshape":
                    CheckReshape(node);
                    break;
                case "Transpose":
                    var perm = node.Attribute("perm")?.Ints;
                    if (perm == null || !perm.SequenceEqual(new long[] { 0, 1 }))
                        throw NodeErrors.Shape(node, "a Transpose that swaps the batch and feature axes cannot be part of a dense chain");
                    break;
                default:
                    throw NodeErrors.Unsupported(node);
            }
            if (!_pending.IsFinite())
                throw new ModelException(ModelErrorKind.NonFiniteWeights,
                    $"Node '{node.DisplayName}' ({node.OpType}) makes the folded weights infinite or NaN (a division by zero?).");
        }

        /// <summary>Applies x · g(x) (see NetworkImporter.Gated) as the activation it is.</summary>
        public void ApplyGated(OnnxNode gate, OnnxNode product)
        {
            if (gate.OpType != "HardSigmoid")
                throw new ModelException(ModelErrorKind.UnsupportedOperator,
                    $"unsupported activation x · {gate.OpType}(x) in nodes '{gate.DisplayName}' and '{product.DisplayName}'; Ferd compiles it with HardSigmoid (HardSwish).");
            Close(Activation.HardSwish(Positive(gate, "alpha", 0.2f), Finite(gate, "beta", 0.5f)));
        }

        /// <summary>The layers, with whatever affine map follows the last activation as a final linear layer.</summary>
        public IReadOnlyList<DenseLayer> Finish(OnnxValueInfo? output)
        {
            if (!FoldIntoClip() && (!_pending.IsIdentity || _layers.Count == 0)) Close(Activation.Identity);
            int count = _layers[_layers.Count - 1].OutputCount;
            if (output?.Shape is { Count: 2 } shape && shape[1].Value is long declared && declared != count)
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                    $"Graph output '{output.Name}' declares {declared} features but the network computes {count}.");
            return _layers;
        }

        /// <summary>
        /// c · clip(z, a, b) + d = clip(c z + d, c a + d, c b + d) for c &gt; 0: a scale after a final clip
        /// (ML-Agents' clip(μ, −3, 3) / 3) goes into the clip's layer rather than a layer of its own.
        /// </summary>
        private bool FoldIntoClip()
        {
            if (_pending.HasDense || _pending.IsIdentity || _layers.Count == 0) return false;
            var last = _layers[_layers.Count - 1];
            if (last.Activation is not ClipActivation clip) return false;
            double[] s = _pending.DiagonalScale, o = _pending.DiagonalOffset;
            double c = s[0], d = o[0];
            if (!(c > 0) || s.Any(v => v != c) || o.Any(v => v != d)) return false;
            var weights = last.Weights.Select(w => w * c).ToArray();
            var bias = last.Bias.Select(b => b * c + d).ToArray();
            if (!FloatWeights.Fit(weights) || !FloatWeights.Fit(bias)) return false;
            _layers[_layers.Count - 1] = new DenseLayer(last.InputCount, last.OutputCount, weights, bias, Activation.Clip(c * clip.Lower + d, c * clip.Upper + d));
            _pending = AffineMap.Identity(last.OutputCount);
            return true;
        }

        /// <summary>Closes the pending affine map into a layer with <paramref name="activation"/>.</summary>
        public void Close(Activation activation)
        {
            long weights = (long)_pending.Inputs * _pending.Outputs;
            if (weights > MaxLayerWeights)
                throw new ModelException(ModelErrorKind.TooLarge,
                    $"Layer {_layers.Count} would hold {weights} weights ({_pending.Outputs} × {_pending.Inputs}); Ferd compiles at most {MaxLayerWeights} per layer.");
            double[] layerWeights = _pending.Weights(), bias = _pending.Bias();
            // Generated code and written models hold float32: folding a tiny Div or a huge Mul into
            // finite float weights can leave a double no float holds.
            if (!FloatWeights.Fit(layerWeights) || !FloatWeights.Fit(bias))
                throw new ModelException(ModelErrorKind.NonFiniteWeights,
                    $"Layer {_layers.Count + 1}'s weights, with the graph's normalization folded in, exceed the float32 range.");
            _layers.Add(new DenseLayer(_pending.Inputs, _pending.Outputs, layerWeights, bias, activation));
            _pending = AffineMap.Identity(_pending.Outputs);
        }

        /// <summary>Composes a dense operator; a second one without an activation between starts a linear layer of its own.</summary>
        private void Dense(double[] weights, double[] bias)
        {
            if (_pending.HasDense) Close(Activation.Identity);
            if (BeforeFirstLayer && !_clamped && _pending.DiagonalScale.All(v => v != 0) && _pending.DiagonalOffset.Any(c => Math.Abs(c) > MaxFoldedShift)) KeepInStage(double.NegativeInfinity, double.PositiveInfinity);
            if (BeforeFirstLayer) _prior = FirstLayerPrior();
            _pending = _pending.Then(weights, bias);
        }

        /// <summary>
        /// What the normalizer ahead of the first dense operator says about its inputs: the one still
        /// pending, or, when the stage took it over, the stage's standardized output.
        /// </summary>
        private InputPrior? FirstLayerPrior() =>
            InputPrior.OfNormalizer(_pending.DiagonalScale, _pending.DiagonalOffset) ?? InputPrior.OfStage(_stage);

        private void ApplyGemm(OnnxNode node, int position)
        {
            var (weights, bias) = GemmParts(node, position);
            Dense(weights, bias);
        }

        private void ApplyMatMul(OnnxNode node, int position)
        {
            var (weights, bias) = MatMulParts(node, position);
            Dense(weights, bias);
        }

        /// <summary>
        /// Several dense heads reading the same activations (ML-Agents' discrete branches): one last
        /// layer whose rows are the heads' rows, in the order given.
        /// </summary>
        public void Stack(IReadOnlyList<OnnxNode> heads, string value)
        {
            if (!_pending.IsIdentity) throw NodeErrors.Shape(heads[0], "heads must read the activations of a layer directly");
            var parts = heads.Select(n => n.OpType == "Gemm" ? GemmParts(n, IndexOf(n, value)) : MatMulParts(n, IndexOf(n, value))).ToList();
            Dense(parts.SelectMany(p => p.Weights).ToArray(), parts.SelectMany(p => p.Bias).ToArray());
            Close(Activation.Identity);
        }

        /// <summary>Gemm's weights (row-major, one row per output) and bias.</summary>
        private (double[] Weights, double[] Bias) GemmParts(OnnxNode node, int position)
        {
            if (position != 0 || node.Int("transA", 0) != 0)
                throw NodeErrors.Shape(node, "the chain's value must be Gemm's first operand, not transposed");
            var b = Constant(node, 1);
            if (b.Shape.Count != 2) throw NodeErrors.Shape(node, $"weights '{b.Name}' are not a matrix");
            bool transB = node.Int("transB", 0) != 0;
            int inputs = transB ? b.Shape[1] : b.Shape[0], outputs = transB ? b.Shape[0] : b.Shape[1];
            CheckInputs(node, inputs);
            double alpha = node.Float("alpha", 1f), beta = node.Float("beta", 1f);
            var weights = new double[outputs * inputs];
            for (int o = 0; o < outputs; o++)
                for (int i = 0; i < inputs; i++)
                    weights[o * inputs + i] = alpha * b.Floats![transB ? o * inputs + i : i * outputs + o];
            var bias = new double[outputs];
            if (node.OptionalInput(2) != null)
            {
                var c = PerFeature(node, 2, outputs);
                for (int o = 0; o < outputs; o++) bias[o] = beta * c[o];
            }
            return (weights, bias);
        }

        private (double[] Weights, double[] Bias) MatMulParts(OnnxNode node, int position)
        {
            if (position != 0) throw NodeErrors.Shape(node, "the chain's value must be MatMul's first operand");
            var b = Constant(node, 1);
            if (b.Shape.Count != 2) throw NodeErrors.Shape(node, $"weights '{b.Name}' are not a matrix");
            int inputs = b.Shape[0], outputs = b.Shape[1];
            CheckInputs(node, inputs);
            var weights = new double[outputs * inputs];
            for (int o = 0; o < outputs; o++)
                for (int i = 0; i < inputs; i++)
                    weights[o * inputs + i] = b.Floats![i * outputs + o];
            return (weights, new double[outputs]);
        }

        /// <summary>Clip(0, ∞) is ReLU; other bounds (Hardtanh, ReLU6) are the clip activation.</summary>
        private void ApplyClip(OnnxNode node)
        {
            var (min, max) = ClipBounds.Of(node, i => node.OptionalInput(i) != null ? Scalar(node, i) : null);
            if (float.IsNaN(min) || float.IsNaN(max) || !(min <= max))
                throw new ModelException(ModelErrorKind.UnsupportedOperator,
                    $"Node '{node.DisplayName}' (Clip) has bounds [{Format(min)}, {Format(max)}], which clip to no value.");
            // Clip(−∞, ∞) changes nothing; Clip(0, ∞) is ReLU; a clip of the inputs themselves is the stage's.
            if (float.IsNegativeInfinity(min) && float.IsPositiveInfinity(max)) return;
            if (BeforeFirstLayer && !_clamped && _pending.DiagonalScale.All(s => s != 0))
            {
                KeepInStage(min, max);
                return;
            }
            Close(min == 0 && float.IsPositiveInfinity(max) ? Activation.Relu : Activation.Clip(min, max));
        }

        /// <summary>
        /// Moves the pending per-feature map y = s ⊙ x + c into the stage as (x + c / s) · s, clamped to
        /// [<paramref name="lower"/>, <paramref name="upper"/>]; what follows composes from the identity.
        /// </summary>
        private void KeepInStage(double lower, double upper)
        {
            double[] s = _pending.DiagonalScale, c = _pending.DiagonalOffset;
            int n = s.Length;
            var shift = new double[n];
            var scale = new double[n];
            for (int j = 0; j < n; j++)
            {
                // The stage composes after what it already holds (a kept shift, at most once).
                scale[j] = _stage.Scale[j] * s[j];
                shift[j] = _stage.Shift[j] + c[j] / scale[j];
            }
            if (!FloatWeights.Fit(shift) || !FloatWeights.Fit(scale))
                throw new ModelException(ModelErrorKind.NonFiniteWeights,
                    "Layer 1's weights, with the graph's normalization kept ahead of it, exceed the float32 range.");
            _stage = new InputStage(_stage.Source, shift, scale, Enumerable.Repeat(lower, n).ToArray(), Enumerable.Repeat(upper, n).ToArray());
            _clamped = !double.IsNegativeInfinity(lower) || !double.IsPositiveInfinity(upper);
            _pending = AffineMap.Identity(n);
        }

        /// <summary>y = γ (x − μ) / √(σ² + ε) + β per feature, in inference: an affine map folded like any other.</summary>
        private void ApplyBatchNormalization(OnnxNode node, int position)
        {
            if (position != 0) throw NodeErrors.Shape(node, "the chain's value must be the normalized input");
            int n = _pending.Outputs;
            double[] gamma = PerFeature(node, 1, n), beta = PerFeature(node, 2, n), mean = PerFeature(node, 3, n), variance = PerFeature(node, 4, n);
            double epsilon = node.Float("epsilon", 1e-5f);
            var scale = new double[n];
            for (int j = 0; j < n; j++) scale[j] = gamma[j] / System.Math.Sqrt(variance[j] + epsilon);
            _pending = _pending.Shift(Negated(mean)).Scale(scale).Shift(beta);
        }

        private static float Finite(OnnxNode node, string attribute, float fallback)
        {
            float value = node.Float(attribute, fallback);
            if (float.IsNaN(value) || float.IsInfinity(value))
                throw new ModelException(ModelErrorKind.NonFiniteWeights, $"Node '{node.DisplayName}' ({node.OpType}) has {attribute} = {Format(value)}.");
            return value;
        }

        /// <summary>A slope attribute, which must be positive for the activation's pieces to lie in order.</summary>
        private static float Positive(OnnxNode node, string attribute, float fallback)
        {
            float value = node.Float(attribute, fallback);
            if (!(value > 0) || float.IsInfinity(value))
                throw new ModelException(ModelErrorKind.UnsupportedOperator, $"Node '{node.DisplayName}' ({node.OpType}) has {attribute} = {Format(value)}; Ferd compiles positive finite slopes.");
            return value;
        }

        private void CheckReshape(OnnxNode node)
        {
            var shape = Constant(node, 1, requireFloat: false).Int64s
                ?? throw NodeErrors.Shape(node, "the target shape must be an int64 tensor");
            int m = _pending.Outputs;
            bool keeps = shape.Length == 2 && (shape[0] == -1 || shape[0] == 0)
                && (shape[1] == m || (shape[1] == -1 && shape[0] == 0));
            if (!keeps)
                throw NodeErrors.Shape(node, $"reshaping [batch, {m}] to [{string.Join(", ", shape)}] changes the [batch, features] shape");
        }

        private void CheckInputs(OnnxNode node, int inputs)
        {
            if (inputs != _pending.Outputs)
                throw NodeErrors.Shape(node, $"its weights take {inputs} inputs but the value it reads has {_pending.Outputs} features");
        }

        /// <summary>A constant operand broadcast per feature of the chain's current value.</summary>
        private double[] Features(OnnxNode node, int index) => PerFeature(node, index, _pending.Outputs);

        private double[] PerFeature(OnnxNode node, int index, int count)
        {
            var t = Constant(node, index);
            int[] shape = t.Shape.ToArray();
            bool leadingOnes = shape.Take(shape.Length - 1).All(d => d == 1);
            int last = shape.Length == 0 ? 1 : shape[shape.Length - 1];
            if (shape.Length > 2 || !leadingOnes || (last != 1 && last != count))
                throw NodeErrors.Shape(node, $"constant '{t.Name}' of shape {Tensor.Describe(shape)} does not broadcast per feature over {count} features");
            return Enumerable.Range(0, count).Select(j => (double)t.Floats![last == 1 ? 0 : j]).ToArray();
        }

        private float Scalar(OnnxNode node, int index)
        {
            var t = Constant(node, index);
            return t.Floats!.Length == 1 ? t.Floats[0] : throw NodeErrors.Shape(node, $"'{t.Name}' must be a scalar");
        }

        private OnnxTensor Constant(OnnxNode node, int index, bool requireFloat = true)
        {
            string? name = node.OptionalInput(index);
            if (name == null || !_constants.TryGetValue(name, out var t))
                throw NodeErrors.Shape(node, name == null
                    ? $"input {index} is missing"
                    : $"input '{name}' is computed, not a constant; Ferd compiles a single chain of dense layers");
            if (requireFloat && t.Floats == null)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Tensor '{t.Name}' used by node '{node.DisplayName}' has element type {t.DataType}; weights must be float32.");
            return t;
        }

        private static int IndexOf(OnnxNode node, string value)
        {
            for (int i = 0; i < node.Inputs.Count; i++) if (node.Inputs[i] == value) return i;
            return -1;
        }

        private double[] Filled(double value) => Enumerable.Repeat(value, _pending.Outputs).ToArray();

        private static double[] Negated(double[] k) => k.Select(v => -v).ToArray();

        private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
