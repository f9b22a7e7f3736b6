using System.Runtime.InteropServices;
using System.Text;
using Ferd.Emit;
using Ferd.Networks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ferd.Generator.Tests;

/// <summary>
/// Layers of at least <see cref="CSharpEmitter.StreamedMinWeights"/> weights: stored as float bits in
/// string literals and looped over, in both passes and the scalar one, computing what the network does.
/// </summary>
public class StreamedLayerTests
{
    private const double Tolerance = 1e-4;

    public enum Pass { Portable, Net8, Scalar }

    public static TheoryData<string, int[], Pass> Shapes()
    {
        var data = new TheoryData<string, int[], Pass>();
        foreach (var pass in Enum.GetValues<Pass>())
        {
            data.Add("tanh", [331, 203, 1], pass);         // rows of 331 inputs (no whole vectors), 203 neurons (not four by four); a batch of two rows
            data.Add("relu", [1400, 48, 1], pass);         // every layer narrow: a batch of four rows
            data.Add("sigmoid", [20, 30, 2200, 3], pass);  // reads a padded column layer's buffer (30 neurons in 32 lanes, four partial sums, twelve-row blocks of three)
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Streamed_layers_reproduce_the_network_alone_and_in_a_batch(string activation, int[] sizes, Pass pass)
    {
        var network = TestNetworks.Random(23, ActivationTable.Sample(activation), sizes);
        Assert.Contains(network.Layers, l => l.Weights.Length >= CSharpEmitter.StreamedMinWeights);
        string source = Emit(network, pass);
        // Ordinal: the first weight's chars may be combining marks, which a culture-aware search joins to the quote.
        Assert.Contains("Weights => Floats(\"", source, StringComparison.Ordinal);
        var type = GeneratedAssembly.Compile(pass == Pass.Net8 ? ForwardPath.Net8 : ForwardPath.Portable, source).GetType("Ferd.Tests.Generated.Net")!;

        // Two blocks of twelve rows where a layer has weight columns, then pairs or fours, then a row alone.
        const int rows = 31;
        var inputs = TestNetworks.Inputs(11, rows * network.InputCount);
        var batch = new float[rows * network.OutputCount];
        GeneratedAssembly.PredictBatch(type)(inputs, batch);
        var predict = GeneratedAssembly.Predict(type);
        var output = new float[network.OutputCount];
        for (int r = 0; r < rows; r++)
        {
            var input = inputs.AsSpan(r * network.InputCount, network.InputCount).ToArray();
            predict(input, output);
            var expected = network.Evaluate(input.Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
            {
                Assert.True(Math.Abs(output[k] - expected[k]) <= Tolerance * Math.Max(1, Math.Abs(expected[k])), $"row {r}, output {k}: {output[k]} vs {expected[k]}");
                Assert.Equal(output[k], batch[r * network.OutputCount + k]);
            }
        }
    }

    [Theory]
    [InlineData(ForwardPath.Portable)]
    [InlineData(ForwardPath.Net8)]
    public void Streamed_layers_allocate_nothing_per_call(ForwardPath path)
    {
        var network = TestNetworks.Random(2, Activation.Tanh, 20, 44, 1500, 1);
        var type = GeneratedAssembly.Compile(path, Emit(network, path == ForwardPath.Net8 ? Pass.Net8 : Pass.Portable)).GetType("Ferd.Tests.Generated.Net")!;
        Assert.Equal(0, Allocations.OfPredictCalls(type, network.InputCount, rows: 27, repeats: 200));
    }

    [Fact]
    public void Source_of_a_streamed_network_stays_near_one_and_a_half_times_its_weight_bytes()
    {
        // About 6 bytes of UTF-8 per float (3 per char, a few escapes), and the code around them.
        var network = TestNetworks.Random(4, Activation.Tanh, 600, 400, 1);
        string source = Emit(network, Pass.Net8);
        long weightBytes = 4L * network.ParameterCount;
        Assert.InRange(Encoding.UTF8.GetByteCount(source), weightBytes * 3 / 2, weightBytes * 16 / 10);
    }

    [Fact]
    public void Layers_below_the_threshold_keep_their_float_literals()
    {
        var network = TestNetworks.Random(4, Activation.Tanh, 255, 256, 1);
        Assert.True(network.Layers[0].Weights.Length < CSharpEmitter.StreamedMinWeights);
        string source = Emit(network, Pass.Net8);
        Assert.DoesNotContain("Floats(", source);
        Assert.Contains("private static readonly float[] Layer1Columns", source);
    }

    // Halves of the float bits that a literal must escape or that editors treat specially, and random bits.
    // The first char of a float is its low half.
    public static TheoryData<uint[]> BitPatterns()
    {
        var random = new Random(7);
        return new()
        {
            new uint[] { 0x0000_0000, 0x8000_0000, 0x0022_005C, 0x000A_000D, 0x2028_2029, 0xD800_DFFF, 0xDBFF_DC00, 0x3FFE_FEFF, 0x0085_FFFF, 0x202E_200F, 0x007F_009F, 0x0041_3F80 },
            Enumerable.Range(0, 4096).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray(),
        };
    }

    [Theory]
    [MemberData(nameof(BitPatterns))]
    public void Float_bits_literal_reads_back_every_bit_pattern(uint[] bits)
    {
        var values = MemoryMarshal.Cast<uint, float>(bits).ToArray().Select(f => (double)f).Where(double.IsFinite).ToArray();
        string literal = FloatBitsLiteral.Format(values);
        var tree = CSharpSyntaxTree.ParseText($"class C {{ const string S = {literal}; }}", GeneratedAssembly.ParseOptions);
        Assert.Empty(tree.GetDiagnostics());
        string text = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token.ValueText;
        Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' || char.IsSurrogate(c) || char.IsControl(c));
        Assert.Equal(values.Select(v => (float)v), MemoryMarshal.Cast<char, float>(text.AsSpan()).ToArray());
    }

    private static string Emit(Network network, Pass pass) =>
        CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target with { Vectorize = pass != Pass.Scalar });
}
