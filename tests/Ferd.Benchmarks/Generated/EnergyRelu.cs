namespace Ferd.Benchmarks.Generated;

/// <summary>energy_relu compiled by Ferd: exact lumping, and ε = 0.59, which keeps about a quarter of the parameters; each also with FastActivations, and exact as scalar code (Vectorize = false).</summary>
public static partial class EnergyRelu
{
    public const double QuarterEpsilon = 0.59;

    [CompressedNetwork("models/energy_relu.onnx")]
    public static partial class Exact { }

    [CompressedNetwork("models/energy_relu.onnx", Epsilon = QuarterEpsilon)]
    public static partial class Quarter { }

    [CompressedNetwork("models/energy_relu.onnx", FastActivations = true)]
    public static partial class ExactFast { }

    [CompressedNetwork("models/energy_relu.onnx", Epsilon = QuarterEpsilon, FastActivations = true)]
    public static partial class QuarterFast { }

    [CompressedNetwork("models/energy_relu.onnx", Vectorize = false)]
    public static partial class ExactScalar { }
}
