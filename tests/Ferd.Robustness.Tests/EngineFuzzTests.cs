using Ferd.Robustness.Tests.Fuzzing;
using Xunit.Abstractions;

namespace Ferd.Robustness.Tests;

/// <summary>
/// Every mutant of every shared model goes through import, lumping and emission: code comes
/// out, or a <see cref="ModelException"/> with a one-line message; nothing else, within budget.
/// </summary>
public class EngineFuzzTests(ITestOutputHelper log)
{
    [Theory]
    [MemberData(nameof(TestData.Names), MemberType = typeof(TestData))]
    public void Every_mutant_is_emitted_or_refused_with_one_line(string model)
    {
        var outcomes = new Dictionary<(string, Outcome), int>();
        var failures = new List<string>();
        foreach (var mutant in FuzzCorpus.Cases(model))
        {
            string? failure = CaseBudget.Run(mutant, () =>
            {
                var outcome = EnginePipeline.Run(mutant.Bytes);
                lock (outcomes) outcomes[(mutant.Category, outcome)] = outcomes.GetValueOrDefault((mutant.Category, outcome)) + 1;
                return null;
            });
            if (failure != null) failures.Add(failure);
        }
        foreach (var ((category, outcome), count) in outcomes.OrderBy(o => o.Key.Item1, StringComparer.Ordinal))
            log.WriteLine($"{category,-20} {outcome,-9} {count}");

        Assert.True(failures.Count == 0, $"{failures.Count} of {FuzzCorpus.CasesPerModel} cases failed:\n" + string.Join("\n", failures.Take(25)));
        Assert.Contains(outcomes, o => o.Key.Item2 == Outcome.Emitted);
        Assert.Contains(outcomes, o => o.Key.Item2 == Outcome.Refused);
    }
}
