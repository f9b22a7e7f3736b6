using System.Text;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Generator.Tests;

/// <summary>
/// Valid ONNX bytes for small networks, each with one thing Ferd must refuse. Changes are made
/// in place on the protobuf bytes, keeping every length, so only the meaning changes.
/// </summary>
internal static class BrokenModels
{
    /// <summary>The tanh node becomes "Tanx", an operator nobody defines.</summary>
    public static byte[] UnsupportedOperator() => Replace(Small(), "\"\u0004Tanh", "\"\u0004Tanx");

    /// <summary>The graph output names a value no node produces.</summary>
    public static byte[] DanglingOutput() => Replace(Small(), "\n\u0006output\u0012", "\n\u0006outpux\u0012");

    /// <summary>The graph input is declared as double (element type 11) instead of float (1).</summary>
    public static byte[] DoubleInput()
    {
        var bytes = Small();
        int declaration = IndexOf(bytes, Encoding.ASCII.GetBytes("\n\u0005input\u0012"), 0);
        int elementType = IndexOf(bytes, [0x08, 0x01], declaration);
        bytes[elementType + 1] = 11;
        return bytes;
    }

    public static byte[] NaNWeight()
    {
        var network = SmallNetwork();
        network.Layers[0].Weights[1] = double.NaN;
        return OnnxWriter.Write(network);
    }

    /// <summary>One dense layer of 2001 inputs and 2000 neurons: 4,004,000 parameters, past <see cref="Compiling.Compiler.MaxParameters"/>.</summary>
    public static byte[] TooLarge() => OnnxWriter.Write(TestNetworks.Random(1, Activation.Identity, 2001, 2000));

    private static Network SmallNetwork() => TestNetworks.Random(9, Activation.Tanh, 2, 3, 1);

    private static byte[] Small() => OnnxWriter.Write(SmallNetwork());

    private static byte[] Replace(byte[] bytes, string find, string replacement)
    {
        var pattern = Encoding.ASCII.GetBytes(find);
        int at = IndexOf(bytes, pattern, 0);
        Encoding.ASCII.GetBytes(replacement).CopyTo(bytes, at);
        return bytes;
    }

    private static int IndexOf(byte[] bytes, byte[] pattern, int start)
    {
        int at = bytes.AsSpan(start).IndexOf(pattern);
        if (at < 0) throw new InvalidOperationException("The model does not contain the expected bytes.");
        return start + at;
    }
}
