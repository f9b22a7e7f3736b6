using Ferd.Evaluation;
using Ferd.Onnx;
using Ferd.Research;

namespace Ferd.Tests.Quality;

/// <summary>
/// The sweeps docs/RESULTS.md reports, run from today's code exactly as docs/results/regenerate runs
/// them (default options, every model): once per test run, shared by the tests that check them.
/// </summary>
public sealed class DocumentedSweeps
{
    private readonly Lazy<IReadOnlyDictionary<string, SweepResult>> results = new(() =>
        TestData.AllModelNames.AsParallel().AsOrdered().Select(Run).ToDictionary(r => r.Model));

    public IReadOnlyDictionary<string, SweepResult> Results => results.Value;

    /// <summary>docs/results/NAME.json as committed.</summary>
    public static string CommittedJson(string model) => RepositoryFiles.Path("docs", "results", model + ".json");

    private static SweepResult Run(string model)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(model)));
        return Sweep.Run(model, network, CsvTable.Load(TestData.Dataset(model, "train")), CsvTable.Load(TestData.Dataset(model, "test")));
    }
}
