using Ferd.Onnx;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Damage to the weights: non-finite and extreme values, degenerate layers, sizes that do not fit.</summary>
internal static class WeightMutations
{
    private static readonly float[] Specials =
    [
        float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, -float.MaxValue,
        float.Epsilon, -float.Epsilon, 1e-38f, 1e30f, -0f,
    ];

    public static IEnumerable<Mutation> All { get; } =
    [
        new("special-weights", (seed, random) => EditFloats(seed, random, (values, r) =>
        {
            int count = 1 + r.Next(4);
            for (int i = 0; i < count && values.Length > 0; i++) values[r.Next(values.Length)] = Specials[r.Next(Specials.Length)];
        })),
        new("scaled-weights", (seed, random) => EditFloats(seed, random, (values, r) =>
        {
            float scale = new[] { 0f, 1e-30f, 1e-20f, 1e20f, 1e30f, -1e30f }[r.Next(6)];
            for (int i = 0; i < values.Length; i++) values[i] *= scale;
        })),
        new("uniform-weights", (seed, random) => EditFloats(seed, random, (values, r) =>
        {
            float value = new[] { 0f, 1f, -1f, 0.5f, 1e-7f }[r.Next(5)];
            Array.Fill(values, value);
        })),
        new("zero-sized", (seed, random) => ModelEdits.Initializers(seed, tensors =>
        {
            int at = PickFloat(tensors, random);
            if (at < 0) return tensors;
            var shape = tensors[at].Shape.ToArray();
            if (shape.Length > 0) shape[random.Next(shape.Length)] = 0;
            tensors[at] = ModelEdits.WithFloats(tensors[at], shape, []);
            return tensors;
        })),
        new("reshape", (seed, random) => ModelEdits.Initializers(seed, tensors =>
        {
            int at = PickFloat(tensors, random);
            if (at < 0) return tensors;
            var t = tensors[at];
            int count = t.Floats!.Length;
            int[] shape = random.Next(4) switch
            {
                0 => [count],
                1 => [.. t.Shape.Reverse()],
                2 => [1, .. t.Shape, 1],
                _ => [],
            };
            float[] floats = shape.Length == 0 ? [t.Floats.FirstOrDefault()] : t.Floats;
            tensors[at] = ModelEdits.WithFloats(t, shape, floats);
            return tensors;
        })),
        new("resize", (seed, random) => ModelEdits.Initializers(seed, tensors =>
        {
            int at = PickFloat(tensors, random);
            if (at < 0) return tensors;
            var t = tensors[at];
            var shape = t.Shape.ToArray();
            if (shape.Length == 0) return tensors;
            int axis = random.Next(shape.Length);
            shape[axis] = Math.Max(1, shape[axis] + random.Next(-2, 3));
            int count = shape.Aggregate(1, (a, d) => a * d);
            tensors[at] = ModelEdits.WithFloats(t, shape, Enumerable.Range(0, count).Select(i => t.Floats![i % t.Floats.Length]).ToArray());
            return tensors;
        })),
        new("drop-initializer", (seed, random) => ModelEdits.Initializers(seed, tensors =>
        {
            tensors.RemoveAt(random.Next(tensors.Count));
            return tensors;
        })),
        new("int-initializer", (seed, random) => ModelEdits.Initializers(seed, tensors =>
        {
            int at = PickFloat(tensors, random);
            if (at < 0) return tensors;
            var t = tensors[at];
            tensors[at] = new OnnxTensor(t.Name, OnnxDataType.Int64, t.Shape.ToArray(), null, t.Floats!.Select(f => (long)f).ToArray());
            return tensors;
        })),
    ];

    private static byte[] EditFloats(Seed seed, Random random, Action<float[], Random> edit) =>
        ModelEdits.Initializers(seed, tensors =>
        {
            int at = PickFloat(tensors, random);
            if (at < 0) return tensors;
            var values = (float[])tensors[at].Floats!.Clone();
            edit(values, random);
            tensors[at] = ModelEdits.WithFloats(tensors[at], tensors[at].Shape.ToArray(), values);
            return tensors;
        });

    private static int PickFloat(List<OnnxTensor> tensors, Random random)
    {
        var floats = Enumerable.Range(0, tensors.Count).Where(i => tensors[i].Floats != null).ToList();
        return floats.Count == 0 ? -1 : floats[random.Next(floats.Count)];
    }
}
