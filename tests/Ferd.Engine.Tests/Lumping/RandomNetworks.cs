using Ferd.Networks;

namespace Ferd.Tests.Lumping;

/// <summary>Seeded random networks of every activation, some with exact copies, dead and constant neurons.</summary>
internal static class RandomNetworks
{
    public static readonly Activation[] Activations =
        [Activation.Identity, Activation.Relu, Activation.LeakyRelu(0.1), Activation.Tanh, Activation.Sigmoid];

    public static Network Create(int seed, bool degenerate = true)
    {
        var random = new Random(seed);
        int inputs = random.Next(1, 6);
        int hidden = random.Next(1, 5);
        var layers = new List<DenseLayer>();
        int width = inputs;
        for (int l = 0; l <= hidden; l++)
        {
            bool output = l == hidden;
            int next = output ? random.Next(1, 4) : random.Next(1, 9);
            var activation = output ? Activation.Identity : Activations[random.Next(Activations.Length)];
            layers.Add(Layer(random, width, next, activation, degenerate && !output));
            width = next;
        }
        if (degenerate) KillColumns(random, layers);
        return new Network(layers);
    }

    public static DenseLayer Layer(Random random, int inputs, int outputs, Activation activation, bool degenerate)
    {
        var weights = new double[inputs * outputs];
        var bias = new double[outputs];
        for (int i = 0; i < weights.Length; i++) weights[i] = Uniform(random);
        for (int k = 0; k < outputs; k++) bias[k] = Uniform(random);
        if (degenerate && outputs > 1)
        {
            // An exact copy and a neuron with no incoming weights: ε = 0 must merge and fold them.
            if (random.Next(2) == 0) Array.Copy(weights, 0, weights, (outputs - 1) * inputs, inputs);
            if (random.Next(3) == 0) Array.Clear(weights, random.Next(outputs) * inputs, inputs);
        }
        return new DenseLayer(inputs, outputs, weights, bias, activation);
    }

    /// <summary>Sometimes zeroes a hidden neuron's outgoing column, making it dead.</summary>
    private static void KillColumns(Random random, List<DenseLayer> layers)
    {
        for (int l = 1; l < layers.Count; l++)
        {
            if (random.Next(3) != 0) continue;
            var layer = layers[l];
            int column = random.Next(layer.InputCount);
            for (int k = 0; k < layer.OutputCount; k++) layer.Weights[k * layer.InputCount + column] = 0;
        }
    }

    public static double Uniform(Random random) => 2 * random.NextDouble() - 1;

    public static double[] Input(Random random, int count, double scale = 2)
    {
        var x = new double[count];
        for (int i = 0; i < count; i++) x[i] = scale * Uniform(random);
        return x;
    }
}
