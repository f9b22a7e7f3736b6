namespace Ferd.Kernels.Tests;

/// <summary>
/// The largest absolute, relative and ulp error of a fast activation against the exact value,
/// and every input where a batch lane differs from the scalar form.
/// </summary>
internal sealed class FastErrorSurvey
{
    public double MaxAbsolute { get; private set; }

    public double MaxRelative { get; private set; }

    public long MaxUlp { get; private set; }

    public float WorstAbsoluteInput { get; private set; }

    public long Count { get; private set; }

    public List<float> BatchScalarMismatches { get; } = [];

    public List<float> NaNMismatches { get; } = [];

    public static FastErrorSurvey Run(FastActivation activation, IEnumerable<float> inputs)
    {
        var survey = new FastErrorSurvey();
        foreach (var chunk in inputs.Chunk(4096)) survey.Check(activation, chunk);
        return survey;
    }

    private void Check(FastActivation activation, float[] x)
    {
        var y = (float[])x.Clone();
        activation.Batch(y);
        for (int i = 0; i < x.Length; i++)
        {
            Count++;
            if (!Ulp.SameBits(activation.Scalar(x[i]), y[i])) BatchScalarMismatches.Add(x[i]);

            double exact = activation.Exact(x[i]);
            if (double.IsNaN(exact) != float.IsNaN(y[i])) NaNMismatches.Add(x[i]);
            if (double.IsNaN(exact)) continue;

            double absolute = Math.Abs(y[i] - exact);
            if (absolute > MaxAbsolute)
            {
                MaxAbsolute = absolute;
                WorstAbsoluteInput = x[i];
            }
            if (exact != 0) MaxRelative = Math.Max(MaxRelative, absolute / Math.Abs(exact));
            MaxUlp = Math.Max(MaxUlp, Ulp.Distance(y[i], (float)exact));
        }
    }

    /// <summary>Fails unless every error is within the activation's documented bounds.</summary>
    public void AssertWithin(FastActivation activation)
    {
        Assert.True(Count > 0);
        Assert.True(MaxAbsolute <= activation.MaxAbsolute, $"{MaxAbsolute:E3} at x = {WorstAbsoluteInput:R}");
        Assert.True(MaxRelative <= activation.MaxRelative, $"relative {MaxRelative:E3}");
        Assert.True(MaxUlp <= activation.MaxUlp, $"{MaxUlp} ulp");
        Assert.Empty(BatchScalarMismatches);
        Assert.Empty(NaNMismatches);
    }
}
