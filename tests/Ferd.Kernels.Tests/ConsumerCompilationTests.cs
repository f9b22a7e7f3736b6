using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Kernels.Tests;

/// <summary>
/// The kernel source as the strictest consumer sees it: netstandard 2.1, C# 9, nullable on,
/// every warning an error, arithmetic overflow checked.
/// </summary>
public class ConsumerCompilationTests
{
    [Fact]
    public void CompilesCleanlyForNetStandard21AndCSharp9()
    {
        var diagnostics = Compile().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void CheckedArithmeticDoesNotThrowOnNaNOrInfinity()
    {
        using var image = new MemoryStream();
        var result = Compile().Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));

        image.Position = 0;
        var context = new AssemblyLoadContext(nameof(ConsumerCompilationTests), isCollectible: true);
        try
        {
            var kernels = context.LoadFromStream(image).GetType("Ferd.Generated.FerdMath", throwOnError: true)!;
            float alpha = (float)ExactFunctions.SeluAlpha, gamma = (float)ExactFunctions.SeluGamma;
            // Each kernel with the parameters its registry entry uses.
            var parameters = new Dictionary<string, float[]> { ["Elu"] = [1f], ["Selu"] = [alpha, gamma] };
            foreach (var name in new[] { "Tanh", "Sigmoid", "Swish", "Gelu", "GeluTanh", "Elu", "Selu", "Softplus", "Mish" })
            {
                float[] extra = parameters.GetValueOrDefault(name, []);
                var scalar = kernels.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [.. Enumerable.Repeat(typeof(float), 1 + extra.Length)])!;
                foreach (float x in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, float.MinValue, -3f })
                {
                    float expected = Activation.ByName(name.ToLowerInvariant()).Scalar(x);
                    Assert.Equal(expected, (float)scalar.Invoke(null, [x, .. extra.Cast<object>()])!);
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static CSharpCompilation Compile()
    {
        string source;
        using (var stream = typeof(ConsumerCompilationTests).Assembly.GetManifestResourceStream("FerdMath.cs")!)
        using (var reader = new StreamReader(stream))
            source = reader.ReadToEnd();

        string netStandard = typeof(ConsumerCompilationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandard21").Value!;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            checkOverflow: true);
        return CSharpCompilation.Create("Consumer", [tree], [MetadataReference.CreateFromFile(netStandard)], options);
    }
}
