using FsCheck;
using FsCheck.Fluent;
using Ferd.Onnx;
using Microsoft.FSharp.Core;

namespace Ferd.Tests.Onnx;

/// <summary>Random damage to a real model: the importer returns a network or a ModelException, nothing else.</summary>
public class CorruptionPropertyTests
{
    /// <summary>Fixed so a failure replays; change it to explore other damage.</summary>
    private static readonly Config Replayable = Config.QuickThrowOnFailure
        .WithMaxTest(400)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261121UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    /// <summary>Half the cases keep the whole file, so bit flips that still parse reach the importer.</summary>
    [Fact]
    public void Truncations_and_bit_flips_end_in_a_network_or_a_model_exception()
    {
        var damage =
            from name in Gen.Elements(TestData.ModelNames.ToArray())
            let original = ModelFixtures.ModelBytes(name)
            from truncate in Gen.Elements(true, false)
            from cut in truncate ? Gen.Choose(1, original.Length) : Gen.Constant(original.Length)
            from flips in Gen.Choose(0, 8)
            from positions in Gen.ArrayOf(Gen.Choose(0, original.Length * 8 - 1), flips)
            select (original, cut, positions);
        Prop.ForAll(damage.ToArbitrary(), d =>
        {
            byte[] bytes = d.original[..d.cut];
            foreach (int bit in d.positions)
                if (bit / 8 < bytes.Length) bytes[bit / 8] ^= (byte)(1 << (bit % 8));
            return ImportsOrExplains(bytes);
        }).Check(Replayable);
    }

    [Fact]
    public void Random_bytes_end_in_a_network_or_a_model_exception()
    {
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), bytes => ImportsOrExplains(bytes))
            .Check(Replayable);
    }

    private static bool ImportsOrExplains(byte[] bytes)
    {
        try
        {
            return NetworkImporter.Import(bytes).Layers.Count > 0;
        }
        catch (ModelException error)
        {
            return error.Message.Length > 0 && !error.Message.Contains('\n');
        }
    }
}
