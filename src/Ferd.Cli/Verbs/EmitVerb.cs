using System.CommandLine;
using Ferd.Emit;

namespace Ferd.Cli.Verbs;

/// <summary>
/// `ferd emit MODEL --epsilon E --class NAME [--namespace NS] [--output DIR] [--fast-activations]`:
/// the C# the generator adds for `[CompressedNetwork]` on a public static partial class. Without
/// --output it prints the network's source; with it, it writes that file and the activation
/// kernels it calls.
/// </summary>
internal static class EmitVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var compression = new CompressionOptions();
        var className = new Option<string>("--class") { Description = "Name of the partial class to generate.", Required = true };
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the class; none if omitted." };
        var output = new Option<string?>("--output") { Description = "Directory to write the class and FerdMath.g.cs into, ready to compile." };
        var fast = new Option<bool>("--fast-activations") { Description = "Use the fast tanh/sigmoid kernels (max error 5e-7 for tanh, 3e-7 for sigmoid), as FastActivations = true does." };
        var scalar = new Option<bool>("--scalar") { Description = "One plain scalar, fully unrolled forward pass instead of vector code, as Vectorize = false does." };
        var command = new Command("emit", "Print the C# the source generator emits for a model.") { model, className, ns, output, fast, scalar };
        compression.AddTo(command);
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(model);
            var target = new EmitTarget(CSharpNames.Namespace(parsed.GetValue(ns), "--namespace"), CSharpNames.Identifier(parsed.GetRequiredValue(className), "--class"))
            {
                ModelPath = Path.GetFileName(path),
                FastActivations = parsed.GetValue(fast),
                Vectorize = !parsed.GetValue(scalar),
            };
            string source = compression.Compile(parsed, path, target).Source!;
            string? directory = parsed.GetValue(output);
            if (directory == null)
            {
                console.Out.Write(source);
                return FerdCommand.Ok;
            }
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, CSharpEmitter.HintName(target)), source);
            File.WriteAllText(Path.Combine(directory, KernelSource.FerdMathHintName), KernelSource.FerdMath);
            console.Out.WriteLine($"wrote {CSharpEmitter.HintName(target)} and {KernelSource.FerdMathHintName} to {directory}");
            return FerdCommand.Ok;
        });
        return command;
    }
}
