using Ferd.Emit;
using Ferd.Networks;

namespace Ferd.Generator.Tests;

/// <summary>
/// The .NET 8 batch where 512-bit vectors run natively, in blocks of 32 rows in the vector lanes,
/// then of 16 rows in 256-bit lanes: every row of a batch gets the bits it gets alone, and the network's value.
/// </summary>
public class WideBatchTests
{
    private const double Tolerance = 1e-5;

    // 91 rows: two blocks of 32, one of 16 (as AVX2 machines run every block, with tiles for 16
    // registers), then the rows' own blocks (fours or pairs) and a row alone. The 512-bit shapes
    // split the neurons into tiles of every size (88: 6 × 13 + 5 × 2, 75: 6 × 10 + 5 × 3, 45: 6 × 5 +
    // 5 × 3, 40: 6 × 5 + 5 × 2; with four partial sums 30: 3 × 10, with eight 5: 1 × 5), and in the
    // rows' own blocks end weight columns in masked vectors and 256-bit tails. Partial sums: two
    // (21 and 7 inputs leave an odd last one), four (45 → 30, one input left over), eight (75 → 5,
    // three left over). 5 → 3 is unrolled; dot products: 40 → 2 over rows padded to 48 (a loop of
    // whole steps, then one step half padding), 30 → 1 over 32 (two steps), 27 → 2 on the inputs
    // (a step, the eight-lane step, a scalar tail).
    public static TheoryData<Activation, int[]> Shapes()
    {
        var data = new TheoryData<Activation, int[]>();
        foreach (var activation in ActivationTable.Samples)
        {
            data.Add(activation, [21, 88, 75, 5, 3]);
            data.Add(activation, [9, 40, 2]);
            data.Add(activation, [7, 45, 30, 1]);
            data.Add(activation, [27, 2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_row_of_a_batch_gets_its_own_bits_and_the_networks_value(Activation activation, int[] sizes)
    {
        const int rows = 91;
        var network = TestNetworks.Random(23, activation, sizes);
        var type = GeneratedAssembly.Compile(ForwardPath.Net8, CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target))
            .GetType("Ferd.Tests.Generated.Net")!;
        int inputs = network.InputCount, outputs = network.OutputCount;
        var batchInputs = TestNetworks.Inputs(9, rows * inputs);
        var batch = new float[rows * outputs];
        GeneratedAssembly.PredictBatch(type)(batchInputs, batch);

        var alone = new float[outputs];
        for (int row = 0; row < rows; row++)
        {
            var input = batchInputs.AsSpan(row * inputs, inputs);
            GeneratedAssembly.Predict(type)(input, alone);
            var expected = network.Evaluate(input.ToArray().Select(x => (double)x).ToArray());
            for (int k = 0; k < outputs; k++)
            {
                Assert.Equal(alone[k], batch[row * outputs + k]);
                Assert.True(Math.Abs(alone[k] - expected[k]) <= Tolerance * Math.Max(1, Math.Abs(expected[k])), $"row {row}, output {k}: {alone[k]} vs {expected[k]}");
            }
        }
    }
}
