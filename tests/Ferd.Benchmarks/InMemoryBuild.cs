using System.Reflection;
using System.Runtime.Loader;
using Ferd.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Benchmarks;

/// <summary>
/// Generated code compiled at run time, for networks whose model is built by the benchmark rather
/// than read from a file the generator sees at build time: the source the generator emits and
/// FerdMath, compiled as a .NET 8+ Release build compiles them (NET8_0_OR_GREATER defined).
/// </summary>
public static class InMemoryBuild
{
    public static Predictor Predict(string source, string className)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp9).WithPreprocessorSymbols("NET8_0_OR_GREATER");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            className,
            new[] { source, KernelSource.FerdMath }.Select(s => CSharpSyntaxTree.ParseText(s, options)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success) throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", result.Diagnostics.Take(10)));
        image.Position = 0;
        // A context per build: one process (the dry run) may build the same class several times.
        Assembly assembly = new AssemblyLoadContext(className + Guid.NewGuid().ToString("N")).LoadFromStream(image);
        return assembly.GetType(className)!.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<Predictor>();
    }
}
