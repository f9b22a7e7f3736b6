namespace Ferd.Generator.Tests;

/// <summary>
/// Whether calls allocate, apart from the runtime's own work. Tiered compilation finishes a
/// method's optimized code in the background and may allocate on the calling thread when it
/// installs it, later on a loaded machine; the calls themselves do the same work every time.
/// So a window of calls that allocates nothing, among a few, shows the calls allocate nothing,
/// and code that allocates per call still fails every window.
/// </summary>
internal static class Allocations
{
    /// <summary>
    /// The fewest bytes a window of <paramref name="repeats"/> one-row and <paramref name="rows"/>-row
    /// calls of the generated network <paramref name="type"/> (one output) allocates.
    /// </summary>
    public static long OfPredictCalls(Type type, int inputCount, int rows, int repeats)
    {
        var predict = GeneratedAssembly.Predict(type);
        var batch = GeneratedAssembly.PredictBatch(type);
        var input = TestNetworks.Inputs(1, inputCount);
        var inputs = TestNetworks.Inputs(2, rows * inputCount);
        var output = new float[1];
        var outputs = new float[rows];
        return Fewest(() =>
        {
            for (int i = 0; i < repeats; i++)
            {
                predict(input, output);
                batch(inputs, outputs);
            }
        });
    }

    public static long Fewest(Action calls, int windows = 5)
    {
        for (int i = 0; i < 10; i++) calls();
        long fewest = long.MaxValue;
        for (int w = 0; w < windows && fewest > 0; w++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            calls();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
