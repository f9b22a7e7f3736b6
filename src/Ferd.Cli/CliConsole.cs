namespace Ferd.Cli;

/// <summary>Where a verb writes: the real console, or strings in tests.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
