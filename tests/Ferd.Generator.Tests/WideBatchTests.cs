using Ferd.Emit;
using Ferd.Networks;

namespace Ferd.Generator.Tests;

/// <summary>
/// The .NET 8 batch in blocks of twelve rows (512-bit vectors where the machine runs them, the
/// 256-bit blocks otherwise): every row of a batch gets the bits it gets alone, and the network's value.
/// </summary>
public class WideBatchTests
{
    private const double Tolerance = 1e-5;

    // 31 rows: two blocks of twelve, then three pairs and a row alone. The shapes split the outputs
    // into tiles of every size: 88 neurons are five 512-bit vectors and a 256-bit tail (3 + 3
    // tiles of 4 rows), 72 four and a tail (3 + 2), 24 one and a tail (6 rows), 5 a masked 256-bit
    // vector alone (12 rows), 44 and 30 end in masked 512-bit vectors; 21 and 7 inputs leave an odd
    // last input; 5 → 3 is unrolled, 24 → 2 dot products.
    public static TheoryData<Activation, int[]> Shapes()
    {
        var data = new TheoryData<Activation, int[]>();
        foreach (var activation in ActivationTable.Samples)
        {
            data.Add(activation, [21, 88, 72, 5, 3]);
            data.Add(activation, [9, 24, 2]);
            data.Add(activation, [7, 44, 30, 1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_row_of_a_batch_gets_its_own_bits_and_the_networks_value(Activation activation, int[] sizes)
    {
        const int rows = 31;
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
