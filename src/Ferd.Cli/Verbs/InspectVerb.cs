using System.CommandLine;
using System.Globalization;
using Ferd.Networks;

namespace Ferd.Cli.Verbs;

/// <summary>`ferd inspect MODEL`: layers, sizes, activations, parameters, opset, producer.</summary>
internal static class InspectVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var graphOutput = new GraphOutputOption();
        var command = new Command("inspect", "Describe a model: its dense layers, parameters, opset and producer.") { model };
        graphOutput.AddTo(command);
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(model);
            var onnx = ModelFile.Read(path);
            var network = Onnx.NetworkImporter.Import(onnx, graphOutput.Get(parsed));
            Describe(console.Out, Path.GetFileName(path), onnx, network);
            return FerdCommand.Ok;
        });
        return command;
    }

    private static void Describe(TextWriter output, string name, Onnx.OnnxModel onnx, Network network)
    {
        var invariant = CultureInfo.InvariantCulture;
        string producer = (onnx.ProducerName + " " + onnx.ProducerVersion).Trim();
        output.WriteLine($"model       {name}");
        output.WriteLine($"producer    {(producer.Length == 0 ? "(not given)" : producer)}");
        output.WriteLine(string.Format(invariant, "opset       {0} (IR version {1})", onnx.OpsetVersion, onnx.IrVersion));
        foreach (var input in network.Inputs)
            output.WriteLine(string.Format(invariant, "input       {0} [N, {1}]", input.Name, input.Length));
        output.WriteLine(string.Format(invariant, "output      {0} [N, {1}]{2}", network.OutputName, network.OutputCount, network.Head.IsInteger ? " int64" : ""));
        if (network.HasStage)
            output.WriteLine(string.Format(invariant, "stage       {0} features normalized{1} ahead of layer 1", network.Stage.Count, network.Stage.Clamps ? " and clamped" : ""));
        if (!network.Head.IsIdentity)
            output.WriteLine($"head        {network.Head.Function.ToString().ToLowerInvariant()}{(network.Head.Mask != null ? " with action mask" : "")}");
        output.WriteLine(string.Format(invariant, "parameters  {0}", network.ParameterCount));
        output.WriteLine();
        output.WriteLine("layer  activation  inputs  neurons  parameters");
        for (int i = 0; i < network.Layers.Count; i++)
        {
            var layer = network.Layers[i];
            output.WriteLine(string.Format(invariant, "{0,5}  {1,-10}  {2,6}  {3,7}  {4,10}",
                i + 1, layer.Activation.Name, layer.InputCount, layer.OutputCount, layer.ParameterCount));
        }
    }
}
