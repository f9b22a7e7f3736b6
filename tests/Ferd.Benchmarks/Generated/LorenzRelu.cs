namespace Ferd.Benchmarks.Generated;

/// <summary>lorenz_relu compiled by Ferd: exact lumping, and ε = 0.43, which keeps about a quarter of the parameters; each also with FastActivations, and exact as scalar code (Vectorize = false).</summary>
public static partial class LorenzRelu
{
    public const double QuarterEpsilon = 0.43;

    [CompressedNetwork("models/lorenz_relu.onnx")]
    public static partial class Exact { }

    [CompressedNetwork("models/lorenz_relu.onnx", Epsilon = QuarterEpsilon)]
    public static partial class Quarter { }

    [CompressedNetwork("models/lorenz_relu.onnx", FastActivations = true)]
    public static partial class ExactFast { }

    [CompressedNetwork("models/lorenz_relu.onnx", Epsilon = QuarterEpsilon, FastActivations = true)]
    public static partial class QuarterFast { }

    [CompressedNetwork("models/lorenz_relu.onnx", Vectorize = false)]
    public static partial class ExactScalar { }
}
