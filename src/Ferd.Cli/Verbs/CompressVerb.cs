using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ferd.Lumping;
using Ferd.Onnx;

namespace Ferd.Cli.Verbs;

/// <summary>
/// `ferd compress MODEL (--epsilon E | --max-parameters N | --max-error E --validation CSV)
/// [--calibration CSV] [--output OUT.onnx] [--json]`.
/// </summary>
internal static class CompressVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var compression = new CompressionOptions();
        var output = new Option<string?>("--output") { Description = "Write the compressed network as an ONNX model here." };
        var json = new Option<bool>("--json") { Description = "Print the compression as JSON." };
        var command = new Command("compress", "Compress a model by approximate differential equivalence.") { model, output, json };
        compression.AddTo(command);
        command.SetAction(parsed =>
        {
            var result = compression.Compile(parsed, parsed.GetRequiredValue(model)).Result!;
            string? path = parsed.GetValue(output);
            if (path != null) File.WriteAllBytes(path, Onnx(result));
            if (parsed.GetValue(json)) console.Out.WriteLine(Json(result));
            else Describe(console.Out, result, path);
            return FerdCommand.Ok;
        });
        return command;
    }

    /// <summary>
    /// The compressed network as ONNX. A hidden layer whose neurons all have no influence on the
    /// output lumps to no neurons at all, which ONNX cannot express; that is the model's fault.
    /// </summary>
    private static byte[] Onnx(CompressionResult result)
    {
        var empty = result.Layers.FirstOrDefault(l => l.NeuronsAfter == 0);
        if (empty != null)
            throw new UserError($"layer {empty.Index} keeps no neurons: none of them affects the output, and ONNX cannot express an empty layer.");
        Networks.FloatWeights.Require(result.Compressed);
        return OnnxWriter.Write(result.Compressed);
    }

    internal static string Json(CompressionResult result) => JsonSerializer.Serialize(new
    {
        original_params = result.Original.ParameterCount,
        compressed_params = result.Compressed.ParameterCount,
        epsilon = result.Epsilon,
        calibrated = result.Calibrated,
        prior_calibrated = result.PriorCalibrated,
        deviation_bound = result.DeviationBound,
        layers = result.Layers.Select(l => new
        {
            index = l.Index,
            activation = result.Original.Layers[l.Index - 1].Activation.Name,
            inputs = l.Inputs,
            neurons_before = l.NeuronsBefore,
            neurons_after = l.NeuronsAfter,
        }),
    }, new JsonSerializerOptions { WriteIndented = true });

    private static void Describe(TextWriter output, CompressionResult result, string? path)
    {
        var invariant = CultureInfo.InvariantCulture;
        int before = result.Original.ParameterCount, after = result.Compressed.ParameterCount;
        output.WriteLine(string.Format(invariant, "epsilon     {0}", result.Epsilon));
        output.WriteLine(string.Format(invariant, "parameters  {0} -> {1} ({2:0.0}% kept)", before, after, 100.0 * after / before));
        if (result.Calibrated) output.WriteLine("calibrated  lumped on the calibration data and refit to it");
        if (result.PriorCalibrated) output.WriteLine("no data     lumped on rows drawn from the model's input normalizer and refit to them");
        if (result.DeviationBound is double bound)
            output.WriteLine(string.Format(invariant, "certified   max |f(x) - f'(x)| <= {0:G6} over the calibration data's range", bound));
        output.WriteLine();
        output.WriteLine("layer  activation  neurons before  after");
        foreach (var layer in result.Layers)
        {
            output.WriteLine(string.Format(invariant, "{0,5}  {1,-10}  {2,14}  {3,5}",
                layer.Index, result.Original.Layers[layer.Index - 1].Activation.Name, layer.NeuronsBefore, layer.NeuronsAfter));
        }
        if (path != null) output.WriteLine($"\nwrote {path}");
    }
}
