using System.Text.Json;
using Ferd.Research;

namespace Ferd.Tests.Quality;

/// <summary>A sweep as docs/results/NAME.json records it (null numbers read as NaN).</summary>
internal static class CommittedSweep
{
    public static SweepResult Read(string model)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path("docs", "results", model + ".json")));
        var root = document.RootElement;
        var points = root.GetProperty("points").EnumerateArray().Select(p =>
        {
            var rmse = p.GetProperty("rmse");
            return new SweepPoint(Number(p, "epsilon"), p.GetProperty("params").GetInt32(), Number(p, "kept_percent"),
                Number(rmse, "afde"), Number(rmse, "afde_refit"), Number(rmse, "magnitude"), Number(rmse, "wanda"));
        }).ToList();
        return new SweepResult(root.GetProperty("model").GetString()!, root.GetProperty("original_params").GetInt32(), Number(root, "test_rmse"), points,
            root.GetProperty("unreached_percent").EnumerateArray().Select(e => e.GetDouble()).ToList());
    }

    private static double Number(JsonElement parent, string name) =>
        parent.GetProperty(name) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : double.NaN;
}
