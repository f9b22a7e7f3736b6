namespace Ferd.Tests.Onnx;

/// <summary>Elementwise closeness |actual − expected| ≤ absolute + relative·|expected|.</summary>
internal static class Tolerance
{
    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double relative, double absolute, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            double allowed = absolute + relative * Math.Abs(expected[i]);
            Assert.True(Math.Abs(actual[i] - expected[i]) <= allowed,
                $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (allowed {allowed:G3})");
        }
    }
}
