using System.Globalization;
using Ferd.Samples.Regression;

// Predicts concrete strength on the held-out test set with the original and the compressed
// networks, and compares their accuracy and size.

var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "concrete.test.csv"))
    .Skip(1)
    .Select(line => line.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray())
    .ToArray();
var inputs = rows.Select(r => r[..ConcreteOriginal.InputCount]).ToArray();
var targets = rows.Select(r => r[ConcreteOriginal.InputCount]).ToArray();

var networks = new (string Name, Predictor Predict, int Parameters)[]
{
    ("original (epsilon 0)", ConcreteOriginal.Predict, ConcreteOriginal.ParameterCount),
    ("epsilon 0.25", ConcreteMild.Predict, ConcreteMild.ParameterCount),
    ("epsilon 0.5", ConcreteCompressed.Predict, ConcreteCompressed.ParameterCount),
    ("epsilon 1", ConcreteSmall.Predict, ConcreteSmall.ParameterCount),
    ("same size, calibrated", ConcreteCalibrated.Predict, ConcreteCalibrated.ParameterCount),
};

Console.WriteLine($"Concrete strength, {inputs.Length} test mixes; original network: {ConcreteOriginal.OriginalParameterCount} parameters.");
Console.WriteLine();
Console.WriteLine("First predictions (MPa):");
Console.WriteLine($"{"target",8} " + string.Join(" ", networks.Select(n => $"{n.Name,22}")));
for (int i = 0; i < 5; i++)
    Console.WriteLine($"{targets[i],8:F2} " + string.Join(" ", networks.Select(n => $"{n.Predict(inputs[i]),22:F2}")));

Console.WriteLine();
Console.WriteLine($"{"network",-22} {"parameters",10} {"kept",7} {"test RMSE",10}");
foreach (var (name, predict, parameters) in networks)
{
    double squared = inputs.Select((x, i) => Math.Pow(predict(x) - targets[i], 2)).Sum();
    double rmse = Math.Sqrt(squared / inputs.Length);
    Console.WriteLine($"{name,-22} {parameters,10} {100.0 * parameters / ConcreteOriginal.OriginalParameterCount,6:F1}% {rmse,10:F3}");
}

/// <summary>Any of the generated single-output Predict methods.</summary>
internal delegate float Predictor(ReadOnlySpan<float> input);
