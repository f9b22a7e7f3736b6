using Ferd.Onnx;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>
/// The deterministic fuzz corpus: case <c>i</c> of a model applies mutation <c>i mod n</c>
/// with a generator seeded by the model and <c>i</c>, so any case replays on its own.
/// </summary>
internal static class FuzzCorpus
{
    /// <summary>Cases per shared model; five models give 10,240 cases.</summary>
    public const int CasesPerModel = 2048;

    public static IReadOnlyList<Mutation> Mutations { get; } =
        [.. ByteMutations.All, .. WireMutations.All, .. GraphMutations.All, .. WeightMutations.All, .. NameMutations.All];

    private static readonly Dictionary<string, Seed> Seeds = new();

    public static Seed SeedOf(string model)
    {
        lock (Seeds)
        {
            if (!Seeds.TryGetValue(model, out var seed))
            {
                byte[] bytes = File.ReadAllBytes(TestData.Model(model));
                Seeds[model] = seed = new Seed(model, bytes, OnnxModelReader.Read(bytes));
            }
            return seed;
        }
    }

    public static Mutant Case(string model, int index)
    {
        var mutation = Mutations[index % Mutations.Count];
        var random = new Random(StableHash(model) * 31 + index);
        return new Mutant(model, index, mutation.Category, mutation.Apply(SeedOf(model), random));
    }

    public static IEnumerable<Mutant> Cases(string model, int stride = 1)
    {
        for (int i = 0; i < CasesPerModel; i += stride) yield return Case(model, i);
    }

    /// <summary>string.GetHashCode is randomized per process; this is not.</summary>
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
