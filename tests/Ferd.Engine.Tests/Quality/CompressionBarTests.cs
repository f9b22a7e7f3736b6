using System.Globalization;
using Ferd.Evaluation;
using Ferd.Onnx;
using Ferd.Research;

namespace Ferd.Tests.Quality;

/// <summary>
/// The quality bar on the shared models: at matched sizes between 10% and 90% of the parameters
/// kept, data-free AFDE's test RMSE is at most the better of magnitude pruning and Wanda at 80% or
/// more of the points, and AFDE with calibration data at 95% or more.
/// </summary>
public class CompressionBarTests
{
    private static readonly double[] Grid = [0.9, 0.75, 0.6, 0.45, 0.3, 0.15];

    [Fact]
    public void Afde_beats_magnitude_and_wanda_at_matched_size_across_the_shared_models()
    {
        var options = new SweepOptions { KeptFractions = Grid, CalibrationSize = 256 };
        var results = TestData.ModelNames.Select(name =>
        {
            var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(name)));
            return Sweep.Run(name, network, CsvTable.Load(TestData.Dataset(name, "train")), CsvTable.Load(TestData.Dataset(name, "test")), options);
        }).ToList();

        var points = results.SelectMany(r => r.Points.Where(p => p.KeptPercent >= 10 && p.KeptPercent <= 90).Select(p => (r.Model, Point: p))).ToList();
        Assert.True(points.Count >= 5 * (Grid.Length - 1), $"only {points.Count} points between 10% and 90% kept");
        int dataFree = points.Count(p => p.Point.Afde <= p.Point.BestBaseline);
        int dataAware = points.Count(p => p.Point.AfdeRefit <= p.Point.BestBaseline);
        string losses = string.Join("; ", points.Where(p => p.Point.Afde > p.Point.BestBaseline).Select(p =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1:0}%: {2:G4} vs {3:G4}", p.Model, p.Point.KeptPercent, p.Point.Afde, p.Point.BestBaseline)));

        Assert.True(dataFree >= 0.8 * points.Count, $"data-free AFDE wins {dataFree}/{points.Count}; losses: {losses}");
        Assert.True(dataAware >= 0.95 * points.Count, $"AFDE with calibration wins {dataAware}/{points.Count}");
    }
}
