namespace Ferd.Benchmarks.Generated;

/// <summary>kin8nm_sigmoid compiled by Ferd: exact lumping, and ε = 0.43, which keeps about a quarter of the parameters; each also with FastActivations, and exact as scalar code (Vectorize = false).</summary>
public static partial class Kin8nmSigmoid
{
    public const double QuarterEpsilon = 0.43;

    [CompressedNetwork("models/kin8nm_sigmoid.onnx")]
    public static partial class Exact { }

    [CompressedNetwork("models/kin8nm_sigmoid.onnx", Epsilon = QuarterEpsilon)]
    public static partial class Quarter { }

    [CompressedNetwork("models/kin8nm_sigmoid.onnx", FastActivations = true)]
    public static partial class ExactFast { }

    [CompressedNetwork("models/kin8nm_sigmoid.onnx", Epsilon = QuarterEpsilon, FastActivations = true)]
    public static partial class QuarterFast { }

    [CompressedNetwork("models/kin8nm_sigmoid.onnx", Vectorize = false)]
    public static partial class ExactScalar { }
}
