using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Research;

namespace Ferd.Tests.Lumping;

public class CompressionPipelineTests
{
    private static double[][] Calibration(string name, int inputs) =>
        Sweep.EvenlySpaced(CsvTable.Load(TestData.Dataset(name, "train")).Inputs(inputs), 256);

    [Fact]
    public void A_tolerance_alone_is_data_free_afde()
    {
        var network = SharedModels.Import("concrete_tanh");

        var result = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0.3 });

        var expected = DataFreeCompressor.Compress(network, 0.3);
        Assert.Equal(expected.Compressed.ParameterCount, result.Compressed.ParameterCount);
        Assert.True(result.PriorCalibrated);
        Assert.False(result.Calibrated);
        Assert.Null(result.DeviationBound);
    }

    [Theory]
    [InlineData("concrete_tanh", 2000)]
    [InlineData("energy_relu", 1200)]
    public void A_parameter_budget_is_met(string name, int budget)
    {
        var network = SharedModels.Import(name);

        var result = CompressionPipeline.Run(network, new CompressionRequest { MaxParameters = budget });

        Assert.InRange(result.Compressed.ParameterCount, 1, budget);
        Assert.True(result.Epsilon > 0);
    }

    [Fact]
    public void An_error_budget_is_met_on_the_validation_data()
    {
        var network = SharedModels.Import("kin8nm_sigmoid");
        var (inputs, targets) = SharedModels.TestSet("kin8nm_sigmoid", network);

        var result = CompressionPipeline.Run(network, new CompressionRequest { MaxError = 0.08, ValidationInputs = inputs, ValidationTargets = targets });

        Assert.True(Rmse.Of(result.Compressed, inputs, targets) <= 0.08);
        Assert.True(result.Compressed.ParameterCount < network.ParameterCount);
    }

    [Fact]
    public void Calibration_data_refits_and_certifies_over_its_range()
    {
        var network = SharedModels.Import("vanderpol_tanh");
        var calibration = Calibration("vanderpol_tanh", network.InputCount);

        var result = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0.3, Calibration = calibration });

        Assert.True(result.Calibrated);
        Assert.NotNull(result.BoundBox);
        double observed = calibration.Max(x => network.Evaluate(x).Zip(result.Compressed.Evaluate(x), (a, b) => Math.Abs(a - b)).Max());
        Assert.True(result.DeviationBound >= observed, $"bound {result.DeviationBound} below observed {observed}");
    }

    [Fact]
    public void An_unreachable_budget_says_what_was_reached()
    {
        var network = SharedModels.Import("vanderpol_tanh");
        var (inputs, targets) = SharedModels.TestSet("vanderpol_tanh", network);

        var error = Assert.Throws<BudgetException>(() =>
            CompressionPipeline.Run(network, new CompressionRequest { MaxError = 1e-9, ValidationInputs = inputs, ValidationTargets = targets }));
        Assert.Contains("already", error.Message);
    }

    [Theory]
    [InlineData(-1.0, null, null, false, "Epsilon must be a finite number")]
    [InlineData(0.0, 100, 0.5, true, "not both")]
    [InlineData(0.0, 0, null, false, "MaxParameters must be a positive number of parameters")]
    [InlineData(0.0, null, 0.5, false, "MaxError needs rows to measure the error on")]
    [InlineData(0.0, null, double.NaN, true, "MaxError must be a finite root-mean-square error")]
    public void Bad_requests_are_named(double epsilon, int? maxParameters, double? maxError, bool withValidation, string message)
    {
        var request = new CompressionRequest
        {
            Epsilon = epsilon,
            MaxParameters = maxParameters,
            MaxError = maxError,
            ValidationInputs = withValidation ? [[0.0, 0.0]] : null,
        };

        Assert.Contains(message, request.Problem(2)!.ToString());
        var error = Assert.Throws<ArgumentException>(() => CompressionPipeline.Run(SharedModels.Import("vanderpol_tanh"), request));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Rows_of_the_wrong_width_are_named()
    {
        var request = new CompressionRequest { Calibration = [[1.0, 2.0, 3.0]] };
        Assert.Contains("Every row of CalibrationData and ValidationData needs 2 inputs.", request.Problem(2)!.ToString());
    }
}
