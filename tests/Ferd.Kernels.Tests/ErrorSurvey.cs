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

    /// <summary>How many inputs came out 0, 1, 2 and more than 2 ulp from the correctly rounded value.</summary>
    public long[] UlpCounts { get; } = new long[4];

    /// <summary>
    /// Neighbouring inputs of the survey (in the order given, same sign) where the kernel's value
    /// moves against the function's direction: what a monotone function must never do.
    /// </summary>
    public long Reversals { get; private set; }

    private float _previousX = float.NaN, _previousY = float.NaN;

    /// <summary>The share of inputs within <paramref name="ulp"/> ulp exactly (3 for more than 2), in percent.</summary>
    public double Percent(int ulp) => Count == 0 ? 0 : 100.0 * UlpCounts[ulp] / Count;

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
            UlpCounts[Math.Min(ulp, 3)]++;
            // An increasing function: a larger input never gives a smaller value.
            if (activation.Increasing && float.IsFinite(x[i]) && float.IsFinite(_previousX)
                && float.IsNegative(x[i]) == float.IsNegative(_previousX) && x[i] != _previousX
                && (x[i] > _previousX ? y[i] < _previousY : y[i] > _previousY))
                Reversals++;
            _previousX = x[i];
            _previousY = y[i];
        }
    }
}
