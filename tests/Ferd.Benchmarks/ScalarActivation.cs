using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>σ in float the way hand-written code spells it, with MathF, switched on a plain enum.</summary>
public readonly record struct ScalarActivation(ScalarActivation.Kinds Kind, float Alpha)
{
    public enum Kinds
    {
        Identity,
        Relu,
        LeakyRelu,
        Tanh,
        Sigmoid,
    }

    public static ScalarActivation Of(Activation activation) => activation.Kind switch
    {
        "identity" => new(Kinds.Identity, 0),
        "relu" => new(Kinds.Relu, 0),
        "leakyrelu" => new(Kinds.LeakyRelu, (float)activation.Parameters[0]),
        "tanh" => new(Kinds.Tanh, 0),
        "sigmoid" => new(Kinds.Sigmoid, 0),
        _ => throw new NotSupportedException($"The hand-written baselines have no {activation.Name}."),
    };

    public float Apply(float z) => Kind switch
    {
        Kinds.Tanh => MathF.Tanh(z),
        Kinds.Sigmoid => 1f / (1f + MathF.Exp(-z)),
        Kinds.Relu => z > 0f ? z : 0f,
        Kinds.LeakyRelu => z >= 0f ? z : Alpha * z,
        _ => z,
    };
}
