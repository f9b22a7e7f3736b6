using Ferd.Evaluation;
using Ferd.Research;

namespace Ferd.Cli;

/// <summary>
/// A progress bar on stderr for long runs, redrawn in place. Drawn synchronously as progress is
/// reported (Progress&lt;T&gt; would post late); silent when stderr is not a terminal, so logs and
/// pipes get no carriage-return noise.
/// </summary>
internal sealed class ProgressBar(TextWriter error, bool interactive) : IProgress<SweepProgress>
{
    private const int Width = 30;

    public void Report(SweepProgress value)
    {
        if (interactive) error.Write("\r" + Render(value));
    }

    /// <summary>Clears the bar's line once the work is done.</summary>
    public void Finish()
    {
        if (interactive) error.Write("\r" + new string(' ', Width + 40) + "\r");
    }

    internal static string Render(SweepProgress value)
    {
        int filled = Width * Math.Clamp(value.Done, 0, value.Total) / Math.Max(1, value.Total);
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} {value.Step}".PadRight(Width + 38);
    }
}
