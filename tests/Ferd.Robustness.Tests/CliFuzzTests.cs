using Ferd.Cli;
using Ferd.Robustness.Tests.Fuzzing;
using CliRunner = Ferd.Tests.Cli;

namespace Ferd.Robustness.Tests;

/// <summary>`ferd inspect` on a slice of the corpus: a description and exit 0, or one line on stderr and exit 2.</summary>
public class CliFuzzTests
{
    /// <summary>Coprime to the number of mutations, so the slice covers every category.</summary>
    public const int Stride = 23;

    [Theory]
    [MemberData(nameof(SharedFiles.Names), MemberType = typeof(SharedFiles))]
    public void Inspect_describes_or_refuses_in_one_line(string model)
    {
        using var folder = new TempDirectory();
        var failures = new List<string>();
        foreach (var mutant in FuzzCorpus.Cases(model, Stride))
        {
            string path = folder.File($"{mutant.Index}.onnx");
            File.WriteAllBytes(path, mutant.Bytes);
            failures.Add(CaseBudget.Run(mutant, () => Verdict(CliRunner.Run("inspect", path)))!);
        }
        failures.RemoveAll(f => f == null);
        Assert.True(failures.Count == 0, $"{failures.Count} cases failed:\n" + string.Join("\n", failures.Take(25)));
    }

    private static string? Verdict(CliRunner.Result result)
    {
        if (result.ExitCode == FerdCommand.Ok) return result.Out.Contains("parameters", StringComparison.Ordinal) && result.Error.Length == 0 ? null : "exit 0 without a description";
        if (result.ExitCode != FerdCommand.BadInput) return $"exit {result.ExitCode}: {result.Error.ReplaceLineEndings("⏎")}";
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 && lines[0].StartsWith("ferd: ", StringComparison.Ordinal) && result.Out.Length == 0
            ? null
            : $"exit 2 with {lines.Length} lines on stderr: {result.Error.ReplaceLineEndings("⏎")}";
    }
}
