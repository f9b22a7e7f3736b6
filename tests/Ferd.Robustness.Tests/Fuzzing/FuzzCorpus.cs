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

    /// <summary>
    /// <see cref="CasesPerModel"/> distinct mutants (every <paramref name="stride"/>th of them): a
    /// mutation that changes no byte of the model, or gives the bytes of an earlier case, is
    /// skipped and does not count.
    /// </summary>
    public static IEnumerable<Mutant> Cases(string model, int stride = 1)
    {
        var indices = DistinctIndices(model);
        for (int i = 0; i < indices.Count; i += stride) yield return Case(model, indices[i]);
    }

    private static readonly Dictionary<string, IReadOnlyList<int>> Distinct = new();

    private static IReadOnlyList<int> DistinctIndices(string model)
    {
        lock (Distinct)
        {
            if (Distinct.TryGetValue(model, out var known)) return known;
            var seen = new HashSet<string> { Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(SeedOf(model).Bytes)) };
            var indices = new List<int>();
            for (int i = 0; indices.Count < CasesPerModel; i++)
            {
                if (i >= 8 * CasesPerModel) throw new InvalidOperationException($"The mutations of {model} repeat themselves: {indices.Count} distinct cases in {i}.");
                if (seen.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Case(model, i).Bytes)))) indices.Add(i);
            }
            return Distinct[model] = indices;
        }
    }

    /// <summary>string.GetHashCode is randomized per process; this is not.</summary>
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
