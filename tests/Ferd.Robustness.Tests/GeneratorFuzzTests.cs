using Ferd.Robustness.Tests.Fuzzing;

namespace Ferd.Robustness.Tests;

/// <summary>
/// A deterministic slice of the corpus through the generator driver: it never throws, and
/// reports every model, good or bad, as exactly one FERD diagnostic; the code it generates compiles.
/// Cases alternate between a tolerance and a parameter budget.
/// </summary>
public class GeneratorFuzzTests
{
    /// <summary>Coprime to the number of mutations, so the slice covers every category.</summary>
    public const int Stride = 5;

    [Theory]
    [MemberData(nameof(TestData.Names), MemberType = typeof(TestData))]
    public void Generator_reports_every_mutant_as_one_diagnostic(string model)
    {
        int compiledBefore = GeneratorCase.CompiledSources;
        var failures = FuzzCorpus.Cases(model, Stride)
            .Select(mutant => CaseBudget.Run(mutant, () => GeneratorCase.Check(mutant.Bytes, GeneratorCase.Options[mutant.Index % GeneratorCase.Options.Length])))
            .OfType<string>()
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} cases failed:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(GeneratorCase.CompiledSources > compiledBefore, "no mutant's generated code was compiled");
    }
}
