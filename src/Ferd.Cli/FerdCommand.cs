using System.CommandLine;
using Ferd.Cli.Verbs;

namespace Ferd.Cli;

/// <summary>
/// The `ferd` command line. Every failure a user can cause — a bad argument, a missing or
/// malformed file, a model Ferd cannot compile — is one line on stderr and exit code 2.
/// </summary>
internal static class FerdCommand
{
    public const int Ok = 0;
    public const int BadInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var console = new CliConsole(output, error) { Interactive = interactive };
        var root = new RootCommand("Ferd: compress trained neural networks and compile them into plain C#.");
        foreach (var verb in Verbs(console)) root.Subcommands.Add(verb);

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine("ferd: " + parsed.Errors[0].Message);
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsUserMistake(e))
        {
            error.WriteLine("ferd: " + OneLine(e.Message));
            return BadInput;
        }
    }

    private static IEnumerable<Command> Verbs(CliConsole console) =>
    [
        InspectVerb.Create(console),
        RunVerb.Create(console),
        CompressVerb.Create(console),
        OdeVerb.Create(console),
        EmitVerb.Create(console),
        SweepVerb.Create(console),
        BoundVerb.Create(console),
        UnityVerb.Create(console),
    ];

    private static bool IsUserMistake(Exception e) =>
        e is UserError or ModelException or FormatException or IOException or UnauthorizedAccessException;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
