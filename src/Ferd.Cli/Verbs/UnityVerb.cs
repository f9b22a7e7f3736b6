using System.CommandLine;
using Ferd.Onnx;
using Ferd.Unity;

namespace Ferd.Cli.Verbs;

/// <summary>
/// `ferd unity FILE [--output DIR]`: the additional file through which Unity's compiler hands a model
/// (base64) or a CSV (its text, unchanged) to the generator: x.onnx or x.csv → x.Ferd.Generator.additionalfile.
/// </summary>
internal static class UnityVerb
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The ONNX model or CSV data file." };
        var output = new Option<string?>("--output") { Description = "The folder to write to (default: the file's folder)." };
        var command = new Command("unity", "Write the .Ferd.Generator.additionalfile that brings a model or CSV to the generator in Unity.") { file, output };
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(file);
            string folder = parsed.GetValue(output) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
            var (name, content) = AdditionalFile(path);
            string target = Path.Combine(folder, Path.GetFileName(name));
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(target, content);
            console.Out.WriteLine("wrote " + target);
            return FerdCommand.Ok;
        });
        return command;
    }

    /// <summary>The additional file's name and content for a model or CSV.</summary>
    private static (string Name, byte[] Content) AdditionalFile(string path)
    {
        if (!FerdAdditionalFiles.UnityPasses(path))
            throw new UserError($"Unity passes no additional file named '{Path.GetFileName(FerdAdditionalFiles.For(path))}' to the compiler (its name before .Ferd.Generator has a '.'); rename '{Path.GetFileName(path)}' without the '.', e.g. '{Path.GetFileNameWithoutExtension(path).Replace('.', '_') + Path.GetExtension(path)}'.");
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(path)) throw new UserError($"data file '{path}' not found.");
            return (FerdAdditionalFiles.For(path), File.ReadAllBytes(path));
        }
        if (!path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)) throw new UserError($"'{path}' is neither an .onnx model nor a .csv file.");
        byte[] model = ModelFile.ReadBytes(path);
        OnnxModelReader.Read(model); // a damaged model is refused here, not later inside Unity's compiler
        return (FerdAdditionalFiles.For(path), System.Text.Encoding.ASCII.GetBytes(FerdAdditionalFiles.Encode(model)));
    }
}
