namespace Ferd.Cli;

/// <summary>Where a verb writes: the real console, or strings in tests.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Whether stderr is a terminal a progress bar can redraw on.</summary>
    public bool Interactive { get; init; }
}
