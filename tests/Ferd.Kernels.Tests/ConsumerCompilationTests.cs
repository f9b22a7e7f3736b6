using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Ferd.Kernels.Tests;

/// <summary>The kernel source as the strictest consumer sees it (<see cref="NetStandardKernels"/>).</summary>
public class ConsumerCompilationTests
{
    [Fact]
    public void CompilesCleanlyForNetStandard21AndCSharp9()
    {
        var diagnostics = NetStandardKernels.Compile().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void CheckedArithmeticDoesNotThrowOnNaNOrInfinity()
    {
        var kernels = NetStandardKernels.Type;
        float alpha = (float)ExactFunctions.SeluAlpha, gamma = (float)ExactFunctions.SeluGamma;
        // Each kernel with the parameters its registry entry uses.
        var parameters = new Dictionary<string, float[]> { ["Elu"] = [1f], ["Selu"] = [alpha, gamma] };
        foreach (var name in new[] { "Tanh", "Sigmoid", "Swish", "Gelu", "GeluTanh", "Elu", "Selu", "Softplus", "Mish" })
        {
            float[] extra = parameters.GetValueOrDefault(name, []);
            var scalar = kernels.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [.. Enumerable.Repeat(typeof(float), 1 + extra.Length)])!;
            // Saturated or NaN: the same value with or without fused multiply–adds.
            foreach (float x in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, float.MinValue })
            {
                float expected = Activation.ByName(name.ToLowerInvariant()).Scalar(x);
                Assert.Equal(expected, (float)scalar.Invoke(null, [x, .. extra.Cast<object>()])!);
            }
        }
    }
}
