namespace Ferd.Kernels.Tests;

/// <summary>
/// Runs an activation over many inputs in batches and records the largest error against the
/// correctly rounded value, and every input where a batch lane differs from the scalar form.
/// </summary>
internal sealed class ErrorSurvey
{
    private const int BatchSize = 4096;

    public long MaxUlp { get; private set; }

    public float WorstInput { get; private set; }

    public long Count { get; private set; }

    public List<float> BatchScalarMismatches { get; } = [];

    public static ErrorSurvey Run(Activation activation, IEnumerable<float> inputs)
    {
        var survey = new ErrorSurvey();
        var x = new float[BatchSize];
        var y = new float[BatchSize];
        int filled = 0;
        foreach (float input in inputs)
        {
            x[filled++] = input;
            if (filled == BatchSize)
            {
                survey.Check(activation, x, y);
                filled = 0;
            }
        }
        survey.Check(activation, x.AsSpan(0, filled), y.AsSpan(0, filled));
        return survey;
    }

    private void Check(Activation activation, ReadOnlySpan<float> x, Span<float> y)
    {
        x.CopyTo(y);
        activation.Batch(y);
        for (int i = 0; i < x.Length; i++)
        {
            Count++;
            if (!Ulp.SameBits(activation.Scalar(x[i]), y[i])) BatchScalarMismatches.Add(x[i]);

            float expected = activation.Reference(x[i]);
            long ulp = float.IsNaN(expected) ? (float.IsNaN(y[i]) ? 0 : long.MaxValue)
                : Math.Abs(y[i] - activation.Exact(x[i])) <= activation.AbsoluteFloor ? 0
                : Ulp.Distance(y[i], expected);
            if (ulp > MaxUlp)
            {
                MaxUlp = ulp;
                WorstInput = x[i];
            }
        }
    }
}
