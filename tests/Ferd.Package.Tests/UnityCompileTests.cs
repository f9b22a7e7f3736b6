using System.Reflection;
using System.Runtime.Loader;
using Ferd.Compiling;
using Ferd.Lumping;
using Ferd.Onnx;
using Ferd.Package.Tests.Unity;

namespace Ferd.Package.Tests;

/// <summary>
/// A game's scripts compiled the way Unity compiles them (csc itself, C# 9, netstandard 2.1, the
/// Unity package's analyzer DLLs), the model given only as the additional file the package's editor
/// script writes, and a CSV as its documented additional file: the library reproduces ONNX Runtime.
/// </summary>
public class UnityCompileTests
{
    private const double Epsilon = 0.3;
    private const string Model = "vanderpol_tanh";

    private delegate void PredictFunction(ReadOnlySpan<float> input, Span<float> output);

    [Fact]
    public void Unity_style_compile_of_a_model_given_only_as_an_additional_file_reproduces_onnx_runtime()
    {
        using var project = new TempDirectory();
        string assets = Path.Combine(project.Path, "Assets");
        Directory.CreateDirectory(Path.Combine(assets, "Models"));
        Directory.CreateDirectory(Path.Combine(assets, "Data"));
        File.Copy(TestData.Model(Model), Path.Combine(assets, "Models", Model + ".onnx"));
        new EditorScript(project.Path).Postprocess([$"Assets/Models/{Model}.onnx"], []);
        string[] calibration = File.ReadLines(TestData.Dataset(Model, "train")).Take(101).ToArray();
        File.WriteAllLines(Path.Combine(assets, "Data", "vanderpol_train.Ferd.Generator.additionalfile"), calibration);
        File.WriteAllText(Path.Combine(assets, "Networks.cs"), $$"""
            namespace Game.AI
            {
                [Ferd.CompressedNetwork("Models/{{Model}}.onnx")]
                public static partial class Exact { }

                [Ferd.CompressedNetwork("{{Model}}.onnx", Epsilon = 0.3)]
                public static partial class Compressed { }

                [Ferd.CompressedNetwork("{{Model}}.onnx", Epsilon = 0.3, CalibrationData = "Data/vanderpol_train.csv")]
                public static partial class Calibrated { }
            }
            """);

        string library = Path.Combine(project.Path, "Game.dll");
        var (exitCode, output) = UnityCsc.Compile(library, [Path.Combine(assets, "Networks.cs")], [UnityPackageFolder.Runtime], UnityPackageFolder.Analyzers,
            Directory.GetFiles(assets, "*.additionalfile", SearchOption.AllDirectories));
        Assert.True(exitCode == 0, output);

        var game = Load(library);
        var reference = ReferenceRows.For(Model);
        byte[] bytes = File.ReadAllBytes(TestData.Model(Model));
        var compressed = DataFreeCompressor.Compress(NetworkImporter.Import(bytes), Epsilon).Compressed;
        var calibrated = Compiler.Compile(bytes, new CompileSettings { Epsilon = Epsilon, Calibration = new DataText("calibration.csv", string.Join("\n", calibration)) }).Result!;
        Assert.True(calibrated.Calibrated);

        AssertReproduces(game, "Exact", reference, reference.Outputs);
        AssertReproduces(game, "Compressed", reference, Evaluate(compressed, reference));
        AssertReproduces(game, "Calibrated", reference, Evaluate(calibrated.Compressed, reference));
        Assert.Equal(compressed.ParameterCount, Constant(game, "Compressed", "ParameterCount"));
        Assert.True(compressed.ParameterCount < Constant(game, "Compressed", "OriginalParameterCount"));
    }

    private static void AssertReproduces(Assembly game, string name, ReferenceRows reference, double[][] expected)
    {
        var predict = game.GetType("Game.AI." + name)!.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<PredictFunction>();
        var output = new float[expected[0].Length];
        var inputs = reference.FloatInputs;
        for (int row = 0; row < inputs.Length; row++)
        {
            predict(inputs[row], output);
            for (int k = 0; k < output.Length; k++)
            {
                // As ConsumerTests: a float forward pass within 1e-4 of the reference, relative above 1.
                double scale = Math.Max(1, Math.Abs(expected[row][k]));
                Assert.True(Math.Abs(output[k] - expected[row][k]) <= 1e-4 * scale, $"{name} row {row} output {k}: {output[k]} vs {expected[row][k]}");
            }
        }
    }

    /// <summary>The network evaluated on exactly the float inputs the compiled code reads.</summary>
    private static double[][] Evaluate(Networks.Network network, ReferenceRows reference) =>
        reference.FloatInputs.Select(row => network.Evaluate(row.Select(x => (double)x).ToArray())).ToArray();

    private static int Constant(Assembly game, string name, string constant) =>
        (int)game.GetType("Game.AI." + name)!.GetField(constant)!.GetValue(null)!;

    /// <summary>The netstandard 2.1 library in a context of its own, with the package's Ferd.Runtime beside it.</summary>
    private static Assembly Load(string library)
    {
        var context = new AssemblyLoadContext("UnityGame", isCollectible: true);
        context.Resolving += (ctx, name) => name.Name == "Ferd.Runtime" ? ctx.LoadFromAssemblyPath(UnityPackageFolder.Runtime) : null;
        return context.LoadFromAssemblyPath(library);
    }
}
