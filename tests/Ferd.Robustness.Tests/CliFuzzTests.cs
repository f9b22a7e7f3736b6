using Ferd.Cli;
using Ferd.Robustness.Tests.Fuzzing;
using CliRunner = Ferd.Tests.Cli;

namespace Ferd.Robustness.Tests;

/// <summary>
/// `ferd inspect`, `compress` and `emit` on a slice of the corpus: a description and exit 0, or one
/// line on stderr and exit 2; a model compress writes reads back.
/// </summary>
public class CliFuzzTests
{
    /// <summary>Coprime to the number of mutations, so the slice covers every category.</summary>
    public const int Stride = 7;

    [Theory]
    [MemberData(nameof(TestData.Names), MemberType = typeof(TestData))]
    public void Inspect_compress_and_emit_answer_or_refuse_in_one_line(string model)
    {
        using var folder = new TempDirectory();
        var failures = new List<string>();
        foreach (var mutant in FuzzCorpus.Cases(model, Stride))
        {
            string path = folder.File($"{mutant.Index}.onnx");
            File.WriteAllBytes(path, mutant.Bytes);
            string compressed = folder.File($"{mutant.Index}.compressed.onnx");
            string? failure = CaseBudget.Run(mutant, () =>
                Verdict(CliRunner.Run("inspect", path), "parameters")
                ?? Verdict(CliRunner.Run("compress", path, "--epsilon", "0.1", "--output", compressed), "kept")
                ?? Verdict(CliRunner.Run("emit", path, "--epsilon", "0.1", "--class", "Network"), "partial class Network")
                ?? Reimports(compressed));
            if (failure != null) failures.Add(failure);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} cases failed:\n" + string.Join("\n", failures.Take(25)));
    }

    /// <summary>What `compress` wrote, when it wrote anything, is a model Ferd reads back.</summary>
    private static string? Reimports(string path)
    {
        if (!File.Exists(path)) return null;
        var result = CliRunner.Run("inspect", path);
        return result.ExitCode == FerdCommand.Ok ? null : "the compressed model does not read back: " + result.Error.Trim();
    }

    private static string? Verdict(CliRunner.Result result, string described)
    {
        if (result.ExitCode == FerdCommand.Ok) return result.Out.Contains(described, StringComparison.Ordinal) && result.Error.Length == 0 ? null : "exit 0 without a description";
        if (result.ExitCode != FerdCommand.BadInput) return $"exit {result.ExitCode}: {result.Error.ReplaceLineEndings("⏎")}";
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 && lines[0].StartsWith("ferd: ", StringComparison.Ordinal) && result.Out.Length == 0
            ? null
            : $"exit 2 with {lines.Length} lines on stderr: {result.Error.ReplaceLineEndings("⏎")}";
    }
}
