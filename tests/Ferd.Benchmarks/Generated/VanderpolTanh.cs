namespace Ferd.Benchmarks.Generated;

/// <summary>vanderpol_tanh compiled by Ferd: exact lumping, and ε = 0.43, which keeps about a quarter of the parameters; each also with FastActivations, and exact as scalar code (Vectorize = false).</summary>
public static partial class VanderpolTanh
{
    public const double QuarterEpsilon = 0.43;

    [CompressedNetwork("models/vanderpol_tanh.onnx")]
    public static partial class Exact { }

    [CompressedNetwork("models/vanderpol_tanh.onnx", Epsilon = QuarterEpsilon)]
    public static partial class Quarter { }

    [CompressedNetwork("models/vanderpol_tanh.onnx", FastActivations = true)]
    public static partial class ExactFast { }

    [CompressedNetwork("models/vanderpol_tanh.onnx", Epsilon = QuarterEpsilon, FastActivations = true)]
    public static partial class QuarterFast { }

    [CompressedNetwork("models/vanderpol_tanh.onnx", Vectorize = false)]
    public static partial class ExactScalar { }
}
