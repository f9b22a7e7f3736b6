using System.Globalization;
using System.Text.RegularExpressions;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Onnx;

namespace Ferd.Package.Tests;

/// <summary>
/// Builds real consumer projects against the packed package: what users get from
/// <c>&lt;PackageReference Include="Ferd" /&gt;</c>. Few builds, each holding several networks.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConsumerTests(PackedFeed feed)
{
    private const double Epsilon = 0.1;
    private static readonly string[] CompressedModels = ["concrete_tanh", "vanderpol_tanh"];

    [Fact]
    public void Consumer_reproduces_onnx_runtime_and_the_compressor_with_512_256_or_no_vectors_in_batches_too_without_allocating()
    {
        var networks = TestData.ModelNames.Select(name => (Class: ClassName(name, 0), Model: name, Epsilon: 0.0))
            .Concat(CompressedModels.Select(name => (Class: ClassName(name, Epsilon), Model: name, Epsilon)))
            .ToList();
        string consumer = feed.NewConsumer("runs");
        string models = string.Join("\n", TestData.ModelNames.Select(n => ConsumerSources.LinkedModel(TestData.Model(n), $"models/{n}.onnx")));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "net10.0", "Exe", "latest", models));
        File.WriteAllText(Path.Combine(consumer, "Networks.cs"), string.Concat(networks.Select(n => ConsumerSources.AttributedClass(n.Class, $"models/{n.Model}.onnx", n.Epsilon))));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ConsumerSources.Program(networks.Select(n => n.Class)));

        var (exitCode, output) = feed.Build(consumer, "-o", Path.Combine(consumer, "out"));
        Assert.True(exitCode == 0, output);
        // Every code path of the .NET 8 pass on this one machine: the runtime told to stop at
        // 256-bit vectors (what most desktop processors run), and to use none.
        foreach (var (isa, settings, accelerated) in InstructionSets)
        {
            string folder = Directory.CreateDirectory(Path.Combine(consumer, isa)).FullName;
            var environment = feed.Environment.Concat(settings).ToDictionary(p => p.Key, p => p.Value);
            var run = DotNet.Run(consumer, environment, [Path.Combine(consumer, "out", "Consumer.dll"), folder, .. networks.Select(n => TestData.TestInputs(n.Model))]);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains(accelerated, run.Output);

            foreach (var network in networks)
            {
                Assert.Contains($"alloc {network.Class} 0", run.Output);
                Assert.Contains($"batch {network.Class} same", run.Output);
                var reference = ReferenceRows.For(network.Model);
                var actual = File.ReadAllLines(Path.Combine(folder, network.Class + ".csv"))
                    .Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
                var expected = network.Epsilon == 0 ? reference.Outputs : CompressedOutputs(network.Model, network.Epsilon, reference);
                for (int row = 0; row < actual.Length; row++)
                {
                    for (int k = 0; k < actual[row].Length; k++)
                    {
                        double scale = Math.Max(1, Math.Abs(expected[row][k]));
                        Assert.True(Math.Abs(actual[row][k] - expected[row][k]) <= 1e-4 * scale, $"{isa}: {network.Class} row {row} output {k}: {actual[row][k]} vs {expected[row][k]}");
                    }
                }
            }
        }
    }

    // The runtime's own switches, and the consumer's "isa" line they give. On a machine without
    // AVX-512 the first two coincide.
    private static readonly (string Name, Dictionary<string, string> Settings, string Accelerated)[] InstructionSets =
    [
        ("native", [], "isa " + System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated + " True True"),
        ("avx2", new() { ["DOTNET_EnableAVX512"] = "0", ["DOTNET_EnableAVX512F"] = "0" }, "isa False True True"),
        ("scalar", new() { ["DOTNET_EnableHWIntrinsic"] = "0" }, "isa False False False"),
    ];

    [Fact]
    public void Consumer_compiles_a_million_parameter_network_that_reproduces_onnx_runtime_without_allocating()
    {
        // The model lies in the project folder, an ordinary None item; its large layers are streamed.
        string consumer = feed.NewConsumer("large");
        byte[] model = MillionParameterNetwork.Onnx();
        File.WriteAllBytes(Path.Combine(consumer, "large.onnx"), model);
        var rows = MillionParameterNetwork.Inputs(5);
        string csv = Path.Combine(consumer, "inputs.csv");
        File.WriteAllLines(csv, rows.Select(row => string.Join(",", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))
            .Prepend(string.Join(",", Enumerable.Range(0, rows[0].Length).Select(i => "x" + i))));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "net10.0", "Exe", "latest", ""));
        File.WriteAllText(Path.Combine(consumer, "Networks.cs"), ConsumerSources.AttributedClass("Large", "large.onnx", 0));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ConsumerSources.Program(["Large"]));

        var (exitCode, output) = feed.Build(consumer, "-o", Path.Combine(consumer, "out"));
        Assert.True(exitCode == 0, output);
        var run = DotNet.Run(consumer, feed.Environment, [Path.Combine(consumer, "out", "Consumer.dll"), consumer, csv]);
        Assert.True(run.ExitCode == 0, run.Output);

        Assert.Contains("alloc Large 0", run.Output);
        Assert.Contains("batch Large same", run.Output);
        var expected = OnnxRuntimeReference.Run(model, rows.Select(row => row.Select(v => (double)v).ToArray()).ToArray());
        var actual = File.ReadAllLines(Path.Combine(consumer, "Large.csv"))
            .Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (int row = 0; row < actual.Length; row++)
            for (int k = 0; k < expected[row].Length; k++)
                Assert.True(Math.Abs(actual[row][k] - expected[row][k]) <= 1e-4 * Math.Max(1, Math.Abs(expected[row][k])), $"row {row} output {k}: {actual[row][k]} vs {expected[row][k]}");
    }

    [Fact]
    public void Ml_agents_policies_compile_as_exported_and_act_as_onnx_runtime_does_without_allocating()
    {
        (string Name, bool Discrete)[] policies = [("3DBall", false), ("Walker", false), ("Basic", true), ("PushBlock", true)];
        string folder = Path.Combine(TestData.Models, "mlagents");
        string consumer = feed.NewConsumer("policies");
        string models = string.Join("\n", policies.Select(p => ConsumerSources.LinkedModel(Path.Combine(folder, p.Name + ".onnx"), p.Name + ".onnx")));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "net10.0", "Exe", "latest", models));
        // The attribute as a Unity user writes it: the model alone; the deterministic actions are the output.
        File.WriteAllText(Path.Combine(consumer, "Policies.cs"), string.Concat(policies.Select(p =>
            $"[Ferd.CompressedNetwork(\"{p.Name}.onnx\")]\npublic static partial class Policy{p.Name} {{ }}\n")));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ConsumerSources.PolicyProgram(policies.Select(p => ("Policy" + p.Name, p.Discrete))));

        var (exitCode, output) = feed.Build(consumer, "-o", Path.Combine(consumer, "out"));
        Assert.True(exitCode == 0, output);
        var csvs = policies.Select(p => Path.Combine(folder, p.Name + ".reference.csv")).ToArray();
        var run = DotNet.Run(consumer, feed.Environment, [Path.Combine(consumer, "out", "Consumer.dll"), consumer, .. csvs]);
        Assert.True(run.ExitCode == 0, run.Output);

        foreach (var (name, discrete) in policies)
        {
            Assert.Contains($"alloc Policy{name} 0", run.Output);
            var table = CsvTable.Load(Path.Combine(folder, name + ".reference.csv"));
            int outputs = table.Columns.Count(c => c.StartsWith("out", StringComparison.Ordinal));
            var expected = table.Columnset("out", outputs);
            var actual = File.ReadAllLines(Path.Combine(consumer, $"Policy{name}.csv"))
                .Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (int row = 0; row < actual.Length; row++)
            {
                for (int k = 0; k < outputs; k++)
                {
                    if (discrete) Assert.Equal(expected[row][k], actual[row][k]);
                    else Assert.True(Math.Abs(actual[row][k] - expected[row][k]) <= 1e-5 * Math.Max(1, Math.Abs(expected[row][k])), $"{name} row {row} action {k}: {actual[row][k]} vs {expected[row][k]}");
                }
            }
        }
    }

    [Fact]
    public void Unity_style_netstandard21_csharp9_consumer_builds()
    {
        string consumer = feed.NewConsumer("unity");
        string models = string.Join("\n", CompressedModels.Select(n => ConsumerSources.LinkedModel(TestData.Model(n), $"{n}.onnx")));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "netstandard2.1", "Library", "9", models));
        File.WriteAllText(Path.Combine(consumer, "Networks.cs"),
            "namespace Game.AI\n{\n" + string.Concat(CompressedModels.Select(n => ConsumerSources.AttributedClass(ClassName(n, Epsilon), $"{n}.onnx", Epsilon))) + "}\n");

        var (exitCode, output) = feed.Build(consumer);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Missing_and_corrupt_models_give_their_diagnostics_and_nothing_else_until_fixed()
    {
        string consumer = feed.NewConsumer("broken");
        string model = Path.Combine(consumer, "models", "model.onnx");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.WriteAllBytes(model, [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x12, 0x40]);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "net10.0", "Library", "latest", ""));
        File.WriteAllText(Path.Combine(consumer, "Networks.cs"),
            ConsumerSources.AttributedClass("Missing", "missing.onnx", 0) + ConsumerSources.AttributedClass("Corrupt", "models/model.onnx", 0));

        Assert.Equal(["FERD001", "FERD002"], DiagnosticCodes(feed.Build(consumer)));

        // A repaired model is picked up by the next build: only the missing one is left.
        File.Copy(TestData.Model("vanderpol_tanh"), model, overwrite: true);
        Assert.Equal(["FERD001"], DiagnosticCodes(feed.Build(consumer)));
    }

    [Fact]
    public void Items_whose_file_is_missing_give_FERD001_and_FERD012_naming_the_path_and_link_to_the_packaged_readme()
    {
        string consumer = feed.NewConsumer("missing");
        string items = string.Join("\n",
            "    <None Include=\"models/missing.onnx\" />",
            ConsumerSources.LinkedModel(Path.Combine(feed.Root, "nowhere", "model.onnx"), "models/linked.onnx"),
            ConsumerSources.LinkedModel(TestData.Model("vanderpol_tanh"), "vanderpol_tanh.onnx"),
            "    <None Include=\"data/missing.csv\" />");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "net10.0", "Library", "latest", items));
        File.WriteAllText(Path.Combine(consumer, "Networks.cs"),
            ConsumerSources.AttributedClass("Missing", "models/missing.onnx", 0) + ConsumerSources.AttributedClass("Linked", "models/linked.onnx", 0) + """
            [Ferd.CompressedNetwork("vanderpol_tanh.onnx", Epsilon = 0.1, CalibrationData = "data/missing.csv")]
            public static partial class Calibrated { }

            public static class Caller
            {
                public static float Run(float[] input, float[] output)
                {
                    Calibrated.Predict(input, output);
                    Linked.PredictBatch(input, output);
                    return Missing.Predict(input) + Missing.InputCount + Linked.OutputCount + Calibrated.ParameterCount;
                }
            }
            """);

        var build = feed.Build(consumer);

        Assert.Equal(["FERD001", "FERD012"], DiagnosticCodes(build));
        AssertSays(build, $"Model 'models/missing.onnx' is listed by the project, but its file '{Path.Combine(consumer, "models", "missing.onnx")}' does not exist.");
        AssertSays(build, $"Model 'models/linked.onnx' is listed by the project, but its file '{Path.Combine(feed.Root, "nowhere", "model.onnx")}' does not exist.");
        AssertSays(build, $"Data file 'data/missing.csv' is listed by the project, but its file '{Path.Combine(consumer, "data", "missing.csv")}' does not exist.");

        // The help link is the README inside the restored package.
        var link = Regex.Match(build.Output, @"\((file://[^)#]+)#ferd012\)");
        Assert.True(link.Success, build.Output);
        string readme = new Uri(link.Groups[1].Value).LocalPath;
        Assert.StartsWith(Path.Combine(feed.Environment["NUGET_PACKAGES"], "ferd", feed.Version), readme);
        Assert.Equal("README.md", Path.GetFileName(readme));
        Assert.Contains("<a id=\"ferd012\"></a>", File.ReadAllText(readme));
    }

    [Fact]
    public void Csv_files_of_the_project_reach_the_generator_as_data()
    {
        string consumer = feed.NewConsumer("data");
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model("vanderpol_tanh")));
        string[] test = File.ReadLines(TestData.Dataset("vanderpol_tanh", "test")).Take(101).ToArray();
        // One CSV inside the project (a None item by default, also listed as AdditionalFiles), one linked from outside.
        Directory.CreateDirectory(Path.Combine(consumer, "data"));
        File.WriteAllLines(Path.Combine(consumer, "data", "calibration.csv"), File.ReadLines(TestData.Dataset("vanderpol_tanh", "train")).Take(101));
        string validation = Path.Combine(feed.Root, "validation.csv");
        File.WriteAllLines(validation, test);
        var table = CsvTable.Parse(string.Join("\n", test));
        double budget = Math.Round(2 * Rmse.Of(network, table.Inputs(2), table.Columnset("y", 2)), 4);
        string items = string.Join("\n",
            ConsumerSources.LinkedModel(TestData.Model("vanderpol_tanh"), "vanderpol_tanh.onnx"),
            "    <AdditionalFiles Include=\"data/calibration.csv\" />",
            $"    <None Include=\"{validation}\" Link=\"data/validation.csv\" />");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerSources.Project(feed.Version, "net10.0", "Library", "latest", items));
        File.WriteAllText(Path.Combine(consumer, "Networks.cs"), $$"""
            [Ferd.CompressedNetwork("vanderpol_tanh.onnx", Epsilon = 0.1, CalibrationData = "data/calibration.csv")]
            public static partial class Calibrated { }
            [Ferd.CompressedNetwork("vanderpol_tanh.onnx", MaxError = {{budget.ToString(CultureInfo.InvariantCulture)}}, ValidationData = "data/validation.csv")]
            public static partial class Validated { }
            """);

        string generated = Path.Combine(consumer, "generated");
        var (exitCode, output) = feed.Build(consumer, "-p:EmitCompilerGeneratedFiles=true", $"-p:CompilerGeneratedFilesOutputPath={generated}");
        Assert.True(exitCode == 0, output);
        Assert.Contains("// certified: ", GeneratedFile(generated, "Calibrated.g.cs"));
        Assert.Contains("found for MaxError = " + budget.ToString(CultureInfo.InvariantCulture), GeneratedFile(generated, "Validated.g.cs"));
    }

    private static void AssertSays((int ExitCode, string Output) build, string text) => Assert.True(build.Output.Contains(text, StringComparison.Ordinal), $"'{text}' not in:\n{build.Output}");

    private static string GeneratedFile(string folder, string name) =>
        File.ReadAllText(Directory.GetFiles(folder, name, SearchOption.AllDirectories).Single());

    private static string[] DiagnosticCodes((int ExitCode, string Output) build)
    {
        Assert.NotEqual(0, build.ExitCode);
        return Regex.Matches(build.Output, @"(?:error|warning) ([A-Z]+[0-9]+)").Select(m => m.Groups[1].Value).Distinct().Order().ToArray();
    }

    private static string ClassName(string model, double epsilon) =>
        string.Concat(model.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + (epsilon == 0 ? "Exact" : "Compressed");

    private static double[][] CompressedOutputs(string model, double epsilon, ReferenceRows reference)
    {
        var compressed = DataFreeCompressor.Compress(NetworkImporter.Import(File.ReadAllBytes(TestData.Model(model))), epsilon).Compressed;
        // The consumer reads the inputs as floats; evaluate on exactly those values.
        return reference.FloatInputs.Select(row => compressed.Evaluate(row.Select(x => (double)x).ToArray())).ToArray();
    }
}
