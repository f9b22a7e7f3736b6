namespace Ferd.Benchmarks.Generated;

/// <summary>
/// The Ferd-generated forward passes of one shared model, exact and compressed to about a quarter,
/// each with the accurate activations and with FastActivations, and the exact one as scalar code.
/// </summary>
public sealed record GeneratedModel(double QuarterEpsilon, Predictor Exact, Predictor ExactBatch, Predictor Quarter, Predictor QuarterBatch)
{
    private static readonly Dictionary<string, GeneratedModel> ByName = new()
    {
        ["concrete_tanh"] = new(ConcreteTanh.QuarterEpsilon, ConcreteTanh.Exact.Predict, ConcreteTanh.Exact.PredictBatch, ConcreteTanh.Quarter.Predict, ConcreteTanh.Quarter.PredictBatch)
        {
            ExactFast = ConcreteTanh.ExactFast.Predict, ExactFastBatch = ConcreteTanh.ExactFast.PredictBatch,
            QuarterFast = ConcreteTanh.QuarterFast.Predict, QuarterFastBatch = ConcreteTanh.QuarterFast.PredictBatch,
            ExactScalar = ConcreteTanh.ExactScalar.Predict, ExactScalarBatch = ConcreteTanh.ExactScalar.PredictBatch,
        },
        ["energy_relu"] = new(EnergyRelu.QuarterEpsilon, EnergyRelu.Exact.Predict, EnergyRelu.Exact.PredictBatch, EnergyRelu.Quarter.Predict, EnergyRelu.Quarter.PredictBatch)
        {
            ExactFast = EnergyRelu.ExactFast.Predict, ExactFastBatch = EnergyRelu.ExactFast.PredictBatch,
            QuarterFast = EnergyRelu.QuarterFast.Predict, QuarterFastBatch = EnergyRelu.QuarterFast.PredictBatch,
            ExactScalar = EnergyRelu.ExactScalar.Predict, ExactScalarBatch = EnergyRelu.ExactScalar.PredictBatch,
        },
        ["kin8nm_sigmoid"] = new(Kin8nmSigmoid.QuarterEpsilon, Kin8nmSigmoid.Exact.Predict, Kin8nmSigmoid.Exact.PredictBatch, Kin8nmSigmoid.Quarter.Predict, Kin8nmSigmoid.Quarter.PredictBatch)
        {
            ExactFast = Kin8nmSigmoid.ExactFast.Predict, ExactFastBatch = Kin8nmSigmoid.ExactFast.PredictBatch,
            QuarterFast = Kin8nmSigmoid.QuarterFast.Predict, QuarterFastBatch = Kin8nmSigmoid.QuarterFast.PredictBatch,
            ExactScalar = Kin8nmSigmoid.ExactScalar.Predict, ExactScalarBatch = Kin8nmSigmoid.ExactScalar.PredictBatch,
        },
        ["lorenz_relu"] = new(LorenzRelu.QuarterEpsilon, LorenzRelu.Exact.Predict, LorenzRelu.Exact.PredictBatch, LorenzRelu.Quarter.Predict, LorenzRelu.Quarter.PredictBatch)
        {
            ExactFast = LorenzRelu.ExactFast.Predict, ExactFastBatch = LorenzRelu.ExactFast.PredictBatch,
            QuarterFast = LorenzRelu.QuarterFast.Predict, QuarterFastBatch = LorenzRelu.QuarterFast.PredictBatch,
            ExactScalar = LorenzRelu.ExactScalar.Predict, ExactScalarBatch = LorenzRelu.ExactScalar.PredictBatch,
        },
        ["vanderpol_tanh"] = new(VanderpolTanh.QuarterEpsilon, VanderpolTanh.Exact.Predict, VanderpolTanh.Exact.PredictBatch, VanderpolTanh.Quarter.Predict, VanderpolTanh.Quarter.PredictBatch)
        {
            ExactFast = VanderpolTanh.ExactFast.Predict, ExactFastBatch = VanderpolTanh.ExactFast.PredictBatch,
            QuarterFast = VanderpolTanh.QuarterFast.Predict, QuarterFastBatch = VanderpolTanh.QuarterFast.PredictBatch,
            ExactScalar = VanderpolTanh.ExactScalar.Predict, ExactScalarBatch = VanderpolTanh.ExactScalar.PredictBatch,
        },
    };

    public required Predictor ExactFast { get; init; }

    public required Predictor ExactFastBatch { get; init; }

    public required Predictor QuarterFast { get; init; }

    public required Predictor QuarterFastBatch { get; init; }

    /// <summary>The exact network as one plain scalar, fully unrolled pass (Vectorize = false).</summary>
    public required Predictor ExactScalar { get; init; }

    public required Predictor ExactScalarBatch { get; init; }

    public static GeneratedModel For(string model) => ByName[model];
}
