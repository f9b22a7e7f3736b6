using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Kernels.Tests;

/// <summary>
/// The kernel source as the strictest consumer compiles it (netstandard 2.1 as in Unity, C# 9,
/// nullable on, every warning an error, arithmetic overflow checked), loaded into this process.
/// Without .NET 8 it has no fused multiply–adds, so its results differ from this build's.
/// </summary>
internal static class NetStandardKernels
{
    private static readonly Lazy<Type> Loaded = new(Load);

    /// <summary>The compiled <c>Ferd.Generated.FerdMath</c>.</summary>
    public static Type Type => Loaded.Value;

    public static Func<float, float> Scalar(string name) =>
        Type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(float)])!.CreateDelegate<Func<float, float>>();

    public static SpanKernel Batch(string name) =>
        Type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(Span<float>)])!.CreateDelegate<SpanKernel>();

    public static CSharpCompilation Compile()
    {
        string source;
        using (var stream = typeof(NetStandardKernels).Assembly.GetManifestResourceStream("FerdMath.cs")!)
        using (var reader = new StreamReader(stream))
            source = reader.ReadToEnd();

        string netStandard = typeof(NetStandardKernels).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetStandard21").Value!;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            checkOverflow: true);
        return CSharpCompilation.Create("Consumer", [tree], [MetadataReference.CreateFromFile(netStandard)], options);
    }

    private static Type Load()
    {
        using var image = new MemoryStream();
        var result = Compile().Emit(image);
        if (!result.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(nameof(NetStandardKernels)).LoadFromStream(image).GetType("Ferd.Generated.FerdMath", throwOnError: true)!;
    }
}
