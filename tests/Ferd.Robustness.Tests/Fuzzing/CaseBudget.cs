namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>
/// Runs one fuzz case on its own task with a time limit and an allocation bound, and turns
/// anything that goes wrong into a line naming the case, so one test reports every failing case.
/// </summary>
internal static class CaseBudget
{
    /// <summary>Generous: a case takes milliseconds; only a hang comes near it.</summary>
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(10);

    public const long AllocatedBytes = 200L << 20;

    /// <summary>Null when <paramref name="check"/> passed within budget, else what went wrong.</summary>
    public static string? Run(Mutant mutant, Func<string?> check)
    {
        // A thread of its own, not the pool's: with test classes blocking pool threads in parallel,
        // a pooled case could wait seconds to start and read as a hang.
        var task = Task.Factory.StartNew(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            string? verdict = check();
            return (Verdict: verdict, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!task.Wait(Time)) return $"{mutant}: still running after {Time.TotalSeconds} s";
        }
        catch (AggregateException e)
        {
            return $"{mutant}: {Describe(e.InnerException!)}";
        }
        var (verdict, allocated) = task.Result;
        if (verdict != null) return $"{mutant}: {verdict}";
        return allocated > AllocatedBytes ? $"{mutant}: allocated {allocated >> 20} MB" : null;
    }

    public static string Describe(Exception e)
    {
        string where = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
        return $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} {where}";
    }
}
