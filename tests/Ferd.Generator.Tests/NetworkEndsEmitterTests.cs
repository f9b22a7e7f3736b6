using Ferd.Emit;
using Ferd.Evaluation;
using Ferd.Onnx;

namespace Ferd.Generator.Tests;

/// <summary>
/// Generated code for networks with an input stage or an output head (ML-Agents policies, PyTorch
/// classifiers, several inputs) on both back ends, against ONNX Runtime on the same rows: float
/// outputs within float tolerance, argmax outputs exactly, and the overloads that take one span
/// per input or return the class.
/// </summary>
public class NetworkEndsEmitterTests
{
    private delegate void PredictIndex(ReadOnlySpan<float> input, Span<int> output);
    private delegate int PredictClassFunction(ReadOnlySpan<float> input);
    private delegate void PredictTwo(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> output);
    private delegate void PredictThreeIndex(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> c, Span<int> output);

    public static TheoryData<string, ForwardPath> Models()
    {
        var data = new TheoryData<string, ForwardPath>();
        string[] models =
        [
            "mlagents/3DBall", "mlagents/Walker", "mlagents/Basic", "mlagents/PushBlock",
            "shapes/classifier_softmax", "shapes/classifier_logsoftmax", "shapes/classifier_argmax",
            "shapes/two_inputs_cat", "shapes/input_clip", "shapes/flatten_3x4", "shapes/gelu_erf", "shapes/mish",
        ];
        foreach (string model in models)
            foreach (var path in Enum.GetValues<ForwardPath>()) data.Add(model, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Generated_code_reproduces_onnx_runtime(string model, ForwardPath path)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestData.Models, model + ".onnx"));
        var network = NetworkImporter.Import(bytes);
        var type = GeneratedAssembly.Compile(path, CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target)).GetType("Ferd.Tests.Generated.Net")!;
        var rows = Rows(model, network.InputCount);
        var expected = OnnxRuntimeReference.Run(bytes, rows, network.OutputName);
        for (int r = 0; r < rows.Length; r++)
        {
            var input = rows[r].Select(v => (float)v).ToArray();
            if (network.Head.IsInteger)
            {
                var index = new int[network.OutputCount];
                type.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(Span<int>)])!.CreateDelegate<PredictIndex>()(input, index);
                Assert.Equal(expected[r].Select(v => (int)v), index);
            }
            else
            {
                var output = new float[network.OutputCount];
                GeneratedAssembly.Predict(type)(input, output);
                for (int k = 0; k < output.Length; k++)
                    Assert.True(Math.Abs(output[k] - expected[r][k]) <= 1e-5 * (Math.Abs(expected[r][k]) + 1), $"{model} row {r} output {k}: {output[k]} vs ONNX Runtime {expected[r][k]}");
            }
            if (network.Head.Function != Networks.OutputFunction.Identity)
            {
                int best = network.Head.IsInteger ? (int)expected[r][0] : Array.IndexOf(expected[r], expected[r].Max());
                Assert.Equal(best, type.GetMethod("PredictClass")!.CreateDelegate<PredictClassFunction>()(input));
            }
        }
    }

    [Fact]
    public void Two_inputs_can_be_given_as_two_spans()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestData.Models, "shapes", "two_inputs_cat.onnx"));
        var network = NetworkImporter.Import(bytes);
        var type = GeneratedAssembly.Compile(CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target)).GetType("Ferd.Tests.Generated.Net")!;
        Assert.Equal(5, (int)type.GetField("ALength")!.GetValue(null)!);
        Assert.Equal(3, (int)type.GetField("BLength")!.GetValue(null)!);
        var split = type.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<PredictTwo>();
        foreach (var row in Rows("shapes/two_inputs_cat", 8))
        {
            var input = row.Select(v => (float)v).ToArray();
            float[] joined = new float[1], separate = new float[1];
            GeneratedAssembly.Predict(type)(input, joined);
            split(input.AsSpan(0, 5), input.AsSpan(5, 3), separate);
            Assert.Equal(joined[0], separate[0]);
        }
    }

    [Fact]
    public void Policy_with_two_observations_and_a_mask_takes_three_spans()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestData.Models, "mlagents", "PushBlock.onnx"));
        var network = NetworkImporter.Import(bytes);
        var type = GeneratedAssembly.Compile(CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target)).GetType("Ferd.Tests.Generated.Net")!;
        Assert.Equal(7, (int)type.GetField("ActionMasksLength")!.GetValue(null)!);
        var split = type.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<int>)])!
            .CreateDelegate<PredictThreeIndex>();
        var expected = OnnxRuntimeReference.Run(bytes, Rows("mlagents/PushBlock", 217), network.OutputName);
        var rows = Rows("mlagents/PushBlock", 217);
        for (int r = 0; r < rows.Length; r++)
        {
            var input = rows[r].Select(v => (float)v).ToArray();
            var action = new int[1];
            split(input.AsSpan(0, 105), input.AsSpan(105, 105), input.AsSpan(210, 7), action);
            Assert.Equal((int)expected[r][0], action[0]);
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedAssembly.Paths), MemberType = typeof(GeneratedAssembly))]
    public void Two_branch_policy_gives_one_action_per_branch(ForwardPath path)
    {
        byte[] bytes = MultiBranchPolicy.Build();
        var network = NetworkImporter.Import(bytes);
        var type = GeneratedAssembly.Compile(path, CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target)).GetType("Ferd.Tests.Generated.Net")!;
        var predict = type.GetMethod("Predict", [typeof(ReadOnlySpan<float>), typeof(Span<int>)])!.CreateDelegate<PredictIndex>();
        var rows = MultiBranchPolicy.Rows(100);
        var expected = OnnxRuntimeReference.Run(bytes, rows, "deterministic_discrete_actions");
        for (int r = 0; r < rows.Length; r++)
        {
            var actions = new int[2];
            predict(rows[r].Select(v => (float)v).ToArray(), actions);
            Assert.Equal(expected[r].Select(v => (int)v), actions);
        }
    }

    [Fact]
    public void Header_says_what_surrounds_the_layers()
    {
        string pushBlock = CSharpEmitter.Emit(TestNetworks.Uncompressed(NetworkImporter.Import(File.ReadAllBytes(Path.Combine(TestData.Models, "mlagents", "PushBlock.onnx")))), EmitterTests.Target);
        Assert.Contains("// inputs, joined in this order: obs_0 [105], obs_1 [105], action_masks [7]", pushBlock);
        Assert.Contains("// output head: argmax of the last layer's logits, action mask from input value 210 on", pushBlock);
        string ball = CSharpEmitter.Emit(TestNetworks.Uncompressed(NetworkImporter.Import(File.ReadAllBytes(Path.Combine(TestData.Models, "mlagents", "3DBall.onnx")))), EmitterTests.Target);
        Assert.Contains("// input stage: 8 features read by layer 1, normalized ahead of it, clamped to [-5, 5]", ball);
        Assert.DoesNotContain("output head", ball);
    }

    private static double[][] Rows(string model, int inputs)
    {
        string folder = Path.GetDirectoryName(model)!, name = Path.GetFileName(model);
        string file = folder == "mlagents" ? name + ".reference.csv" : name + ".inputs.csv";
        return CsvTable.Load(Path.Combine(TestData.Models, folder, file)).Inputs(inputs).Take(64).ToArray();
    }
}
