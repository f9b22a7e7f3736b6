using Ferd.Robustness.Tests.Fuzzing;

namespace Ferd.Robustness.Tests;

/// <summary>The corpus is what the fuzz tests claim: large, replayable, and every mutation changes the model.</summary>
public class CorpusTests
{
    [Fact]
    public void Corpus_has_ten_thousand_cases_over_every_mutation()
    {
        Assert.True(TestData.ModelNames.Count * FuzzCorpus.CasesPerModel >= 10_000);
        Assert.Equal(FuzzCorpus.Mutations.Count, FuzzCorpus.Mutations.Select(m => m.Category).Distinct().Count());
        Assert.True(FuzzCorpus.CasesPerModel / FuzzCorpus.Mutations.Count >= 30, "every mutation should get dozens of cases per model");
    }

    [Theory]
    [InlineData(GeneratorFuzzTests.Stride)]
    [InlineData(CliFuzzTests.Stride)]
    public void Slices_of_the_corpus_cover_every_mutation(int stride)
    {
        var categories = Enumerable.Range(0, FuzzCorpus.CasesPerModel / stride).Select(k => FuzzCorpus.Mutations[k * stride % FuzzCorpus.Mutations.Count].Category);
        Assert.Equal(FuzzCorpus.Mutations.Count, categories.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestData.Names), MemberType = typeof(TestData))]
    public void Cases_replay_byte_for_byte_and_each_mutation_changes_the_model(string model)
    {
        var original = FuzzCorpus.SeedOf(model).Bytes;
        foreach (var mutation in FuzzCorpus.Mutations.Select((m, i) => (m.Category, Index: i)))
        {
            var cases = Enumerable.Range(0, 8).Select(k => mutation.Index + k * FuzzCorpus.Mutations.Count).ToArray();
            Assert.All(cases, i => Assert.Equal(FuzzCorpus.Case(model, i).Bytes, FuzzCorpus.Case(model, i).Bytes));
            Assert.True(cases.Any(i => !FuzzCorpus.Case(model, i).Bytes.AsSpan().SequenceEqual(original)), $"{mutation.Category} never changed {model}");
        }
    }

    [Fact]
    public void Wire_trees_write_back_the_bytes_they_were_read_from()
    {
        foreach (string model in TestData.ModelNames)
        {
            var bytes = FuzzCorpus.SeedOf(model).Bytes;
            var tree = WireMessage.Parse(bytes);
            Assert.Equal(bytes, WireMessage.Write(tree));
            Assert.Contains(WireMessage.Fields(tree), f => f.Children != null && f.Children.Any(c => c.Children != null));
        }
    }
}
