using Ferd.Cli;

namespace Ferd.Tests;

/// <summary>Runs `ferd` in-process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = FerdCommand.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>A one-line error with exit code 2, never a stack trace.</summary>
    public static void AssertUserError(Result result, string expected)
    {
        Assert.Equal(FerdCommand.BadInput, result.ExitCode);
        string line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ferd: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal("", result.Out);
    }
}
