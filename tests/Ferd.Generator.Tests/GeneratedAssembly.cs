using System.Reflection;
using System.Runtime.Loader;
using Ferd.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Generator.Tests;

/// <summary>
/// Compiles generated source in memory as a C# 9 library with nullable warnings as errors and
/// loads it into a collectible context: as a Unity or older consumer would see it, or with the
/// .NET 8 symbols defined, which select the intrinsics forward pass.
/// </summary>
internal static class GeneratedAssembly
{
    public delegate void PredictFunction(ReadOnlySpan<float> input, Span<float> output);
    public delegate float PredictSingleFunction(ReadOnlySpan<float> input);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp9);

    private static readonly CSharpParseOptions Net8ParseOptions = ParseOptions.WithPreprocessorSymbols("NET8_0_OR_GREATER");

    public static TheoryData<ForwardPath> Paths() => new() { ForwardPath.Portable, ForwardPath.Net8 };

    public static IReadOnlyList<MetadataReference> References { get; } =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(CompressedNetworkAttribute).Assembly.Location))
            .ToArray();

    public static Assembly Compile(params string[] sources) => Compile(ForwardPath.Portable, sources);

    public static Assembly Compile(ForwardPath path, params string[] sources)
    {
        var options = path == ForwardPath.Net8 ? Net8ParseOptions : ParseOptions;
        var trees = sources.Append(KernelSource.FerdMath).Select(s => CSharpSyntaxTree.ParseText(s, options));
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(image);
    }

    public static PredictFunction Predict(Type type) =>
        type.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<PredictFunction>();

    public static PredictFunction PredictBatch(Type type) =>
        type.GetMethod("PredictBatch")!.CreateDelegate<PredictFunction>();

    public static PredictSingleFunction? PredictSingle(Type type) =>
        type.GetMethod("Predict", [typeof(ReadOnlySpan<float>)])?.CreateDelegate<PredictSingleFunction>();

    public static int Constant(Type type, string name) => (int)type.GetField(name)!.GetRawConstantValue()!;
}
