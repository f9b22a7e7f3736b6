using System.CommandLine;
using Ferd.Ode;

namespace Ferd.Cli.Verbs;

/// <summary>`ferd ode MODEL`: the polynomial ODE encoding, one equation per line.</summary>
internal static class OdeVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var command = new Command("ode", "Print the model's polynomial ODE encoding, one equation per line.") { model };
        command.SetAction(parsed =>
        {
            var network = ModelFile.Import(parsed.GetRequiredValue(model));
            console.Out.Write(OdeText.Format(OdeEncoder.Encode(network)));
            return FerdCommand.Ok;
        });
        return command;
    }
}
