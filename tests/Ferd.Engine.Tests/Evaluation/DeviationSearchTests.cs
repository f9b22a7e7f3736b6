using Ferd.Evaluation;
using Ferd.Networks;
using Ferd.Research;

namespace Ferd.Tests.Evaluation;

public class DeviationSearchTests
{
    // f(x) = relu(x) + relu(−x) = |x| and f'(x) = 1 on [−1, 1]: |f − f'| = 1 − |x| peaks at 0, inside the box.
    private static readonly Network Absolute = new(
    [
        new DenseLayer(1, 2, [1, -1], [0, 0], Activation.Relu),
        new DenseLayer(2, 1, [1, 1], [0], Activation.Identity),
    ]);

    private static readonly Network One = new(
    [
        new DenseLayer(1, 1, [0], [0], Activation.Relu),
        new DenseLayer(1, 1, [0], [1], Activation.Identity),
    ]);

    private static readonly InputBox Box = new([-1], [1]);

    [Fact]
    public void Hill_climbing_finds_a_peak_inside_the_box_that_the_corners_miss()
    {
        var search = new DeviationSearch(Absolute, One);

        var found = search.Searched(Box, starts: 1, new Random(3), seeds: []);

        Assert.InRange(found.Value, 1 - 1e-3, 1);
        Assert.InRange(found.Point[0], -1e-3, 1e-3);
        Assert.Equal(0, search.OnRows([[-1.0], [1.0]]).Value);
    }

    [Fact]
    public void Sampling_stays_below_the_peak_and_reports_where_it_looked()
    {
        var found = new DeviationSearch(Absolute, One).Sampled(Box, 200, new Random(5));

        Assert.InRange(found.Value, 0.9, 1);
        Assert.Equal(1 - Math.Abs(found.Point[0]), found.Value, 12);
    }

    [Fact]
    public void The_study_orders_what_it_finds_below_what_it_certifies()
    {
        double[][] rows = [[-1.0], [-0.5], [0.75], [1.0]];

        var report = DeviationStudy.Run(Absolute, One, rows, new DeviationOptions { Samples = 50, Starts = 2, Refinements = 40 });

        Assert.Equal(0.5, report.OnData, 12);
        Assert.True(report.Searched >= report.OnData && report.Searched >= report.Sampled);
        Assert.True(report.RefinedBound >= report.Searched && report.Bound >= report.Searched);
        Assert.Equal(report.Searched, report.Found);
    }
}
