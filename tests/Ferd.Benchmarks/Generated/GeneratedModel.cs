namespace Ferd.Benchmarks.Generated;

/// <summary>The Ferd-generated forward passes of one shared model, exact and compressed to about a quarter.</summary>
public sealed record GeneratedModel(double QuarterEpsilon, Predictor Exact, Predictor ExactBatch, Predictor Quarter, Predictor QuarterBatch)
{
    private static readonly Dictionary<string, GeneratedModel> ByName = new()
    {
        ["concrete_tanh"] = new(ConcreteTanh.QuarterEpsilon, ConcreteTanh.Exact.Predict, ConcreteTanh.Exact.PredictBatch, ConcreteTanh.Quarter.Predict, ConcreteTanh.Quarter.PredictBatch),
        ["energy_relu"] = new(EnergyRelu.QuarterEpsilon, EnergyRelu.Exact.Predict, EnergyRelu.Exact.PredictBatch, EnergyRelu.Quarter.Predict, EnergyRelu.Quarter.PredictBatch),
        ["kin8nm_sigmoid"] = new(Kin8nmSigmoid.QuarterEpsilon, Kin8nmSigmoid.Exact.Predict, Kin8nmSigmoid.Exact.PredictBatch, Kin8nmSigmoid.Quarter.Predict, Kin8nmSigmoid.Quarter.PredictBatch),
        ["lorenz_relu"] = new(LorenzRelu.QuarterEpsilon, LorenzRelu.Exact.Predict, LorenzRelu.Exact.PredictBatch, LorenzRelu.Quarter.Predict, LorenzRelu.Quarter.PredictBatch),
        ["vanderpol_tanh"] = new(VanderpolTanh.QuarterEpsilon, VanderpolTanh.Exact.Predict, VanderpolTanh.Exact.PredictBatch, VanderpolTanh.Quarter.Predict, VanderpolTanh.Quarter.PredictBatch),
    };

    public static GeneratedModel For(string model) => ByName[model];
}
