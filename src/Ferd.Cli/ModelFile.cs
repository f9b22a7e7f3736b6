using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Cli;

/// <summary>Reads a model named on the command line, turning a missing file into a user error.</summary>
internal static class ModelFile
{
    public static byte[] ReadBytes(string path)
    {
        if (!File.Exists(path)) throw new UserError($"model '{path}' not found.");
        return File.ReadAllBytes(path);
    }

    public static OnnxModel Read(string path) => OnnxModelReader.Read(ReadBytes(path));

    public static Network Import(string path, string? graphOutput = null) => NetworkImporter.Import(ReadBytes(path), graphOutput);
}
