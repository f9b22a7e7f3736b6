using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>σ in float the way hand-written code spells it, with MathF.</summary>
public static class ScalarActivation
{
    public static float Apply(Activation activation, float z, float alpha) => activation switch
    {
        Activation.Tanh => MathF.Tanh(z),
        Activation.Sigmoid => 1f / (1f + MathF.Exp(-z)),
        Activation.Relu => z > 0f ? z : 0f,
        Activation.LeakyRelu => z >= 0f ? z : alpha * z,
        _ => z,
    };
}
