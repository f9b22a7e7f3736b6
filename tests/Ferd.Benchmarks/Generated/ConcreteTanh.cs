namespace Ferd.Benchmarks.Generated;

/// <summary>concrete_tanh compiled by Ferd: exact lumping, and ε = 0.75, which keeps about a quarter of the parameters; each also with FastActivations, and exact as scalar code (Vectorize = false).</summary>
public static partial class ConcreteTanh
{
    public const double QuarterEpsilon = 0.75;

    [CompressedNetwork("models/concrete_tanh.onnx")]
    public static partial class Exact { }

    [CompressedNetwork("models/concrete_tanh.onnx", Epsilon = QuarterEpsilon)]
    public static partial class Quarter { }

    [CompressedNetwork("models/concrete_tanh.onnx", FastActivations = true)]
    public static partial class ExactFast { }

    [CompressedNetwork("models/concrete_tanh.onnx", Epsilon = QuarterEpsilon, FastActivations = true)]
    public static partial class QuarterFast { }

    [CompressedNetwork("models/concrete_tanh.onnx", Vectorize = false)]
    public static partial class ExactScalar { }
}
