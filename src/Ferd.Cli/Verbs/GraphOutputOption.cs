using System.CommandLine;

namespace Ferd.Cli.Verbs;

/// <summary>`--graph-output NAME`: which graph output (or intermediate value) every verb that reads a model compiles.</summary>
internal sealed class GraphOutputOption
{
    private readonly Option<string?> option = new("--graph-output")
    {
        Description = "The graph output or intermediate value to compile; by default the one output that is neither constant nor random.",
    };

    public void AddTo(Command command) => command.Options.Add(option);

    public string? Get(ParseResult parsed) => parsed.GetValue(option);
}
