using System.CommandLine;
using Ferd.Ode;

namespace Ferd.Cli.Verbs;

/// <summary>`ferd ode MODEL`: the polynomial ODE encoding, one equation per line.</summary>
internal static class OdeVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var graphOutput = new GraphOutputOption();
        var command = new Command("ode", "Print the model's polynomial ODE encoding (of its layers), one equation per line.") { model };
        graphOutput.AddTo(command);
        command.SetAction(parsed =>
        {
            var network = ModelFile.Import(parsed.GetRequiredValue(model), graphOutput.Get(parsed));
            console.Out.Write(OdeText.Format(OdeEncoder.Encode(network.Trunk)));
            return FerdCommand.Ok;
        });
        return command;
    }
}
