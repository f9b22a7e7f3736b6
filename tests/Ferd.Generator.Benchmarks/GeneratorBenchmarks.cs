using BenchmarkDotNet.Attributes;
using Ferd.Generator.Tests;
using Ferd.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Generator.Benchmarks;

/// <summary>
/// What one build pays for a model: a fresh generator run (import, compress, emit) on a
/// compilation holding one attributed class, and the C# compiler's binding and IL emission of
/// the code it generated. <see cref="GeneratorBenchmarks"/> times the shared models,
/// <see cref="MillionParameterBuildBenchmarks"/> a network of a million parameters.
/// </summary>
[MemoryDiagnoser]
public abstract class BuildBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText _model = null!;
    private ModelOptionsProvider _options = null!;

    protected void Prepare(string name, byte[] model, double epsilon)
    {
        string source = $"[Ferd.CompressedNetwork(\"{name}.onnx\", Epsilon = {epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture)})] public static partial class Network {{ }}";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(CompressedNetworkAttribute).Assembly.Location));
        _compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _model = new InMemoryAdditionalText("/obj/ferd/model.b64", Convert.ToBase64String(model));
        _options = new ModelOptionsProvider(new Dictionary<string, string> { [_model.Path] = name + ".onnx" });
        // What is timed must emit the network: its class with the model's parameter count.
        Generate();
        int parameters = Ferd.Onnx.NetworkImporter.Import(model).ParameterCount;
        var driver = CSharpGeneratorDriver.Create([new CompressedNetworkGenerator().AsSourceGenerator()], [_model], optionsProvider: _options);
        string generated = string.Concat(driver.RunGenerators(_compilation).GetRunResult().GeneratedTrees.Select(t => t.ToString()));
        if (!generated.Contains($"public const int OriginalParameterCount = {parameters};", StringComparison.Ordinal))
            throw new InvalidOperationException($"The generator emitted no network of {parameters} parameters for {name}.");
        driver.RunGeneratorsAndUpdateCompilation(_compilation, out var withGenerated, out _);
        _trees = withGenerated.SyntaxTrees.ToArray();
        if (CompileGenerated() == 0) throw new InvalidOperationException($"The generated code of {name} does not compile.");
    }

    private SyntaxTree[] _trees = [];

    /// <summary>A fresh compilation of the user's class and the generated code, bound and emitted to IL (parsing excluded); 0 when it fails.</summary>
    [Benchmark]
    public long CompileGenerated()
    {
        var compilation = CSharpCompilation.Create("Consumer", _trees, _compilation.References, _compilation.Options.WithOptimizationLevel(OptimizationLevel.Release));
        using var image = new MemoryStream();
        return compilation.Emit(image).Success ? image.Length : 0;
    }

    [Benchmark]
    public int Generate()
    {
        var driver = CSharpGeneratorDriver.Create([new CompressedNetworkGenerator().AsSourceGenerator()], [_model], optionsProvider: _options);
        var result = driver.RunGenerators(_compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.GeneratedTrees.Length;
    }
}

/// <summary>The shared models, uncompressed and at ε = 0.1.</summary>
public class GeneratorBenchmarks : BuildBenchmarks
{
    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    [Params(0.0, 0.1)]
    public double Epsilon { get; set; }

    public static IEnumerable<string> Models => TestData.ModelNames;

    [GlobalSetup]
    public void Setup() => Prepare(Model, File.ReadAllBytes(TestData.Model(Model)), Epsilon);
}

/// <summary>
/// The seeded network of 1,068,810 parameters (<see cref="MillionParameterNetwork"/>) at ε = 0:
/// what a build of a large network costs, its two large layers streamed.
/// </summary>
public class MillionParameterBuildBenchmarks : BuildBenchmarks
{
    [GlobalSetup]
    public void Setup() => Prepare("million", MillionParameterNetwork.Onnx(), 0);
}
