using Microsoft.CodeAnalysis;

namespace Ferd.Robustness.Tests;

/// <summary>The generated members land on the user's own type, however it is named, declared and nested.</summary>
public class ClassShapeTests
{
    private const string Attribute = """[global::Ferd.CompressedNetwork("model.onnx", Epsilon = 0.1)]""";

    /// <summary>Source with ATTR where the attribute goes, and the metadata name of the attributed type.</summary>
    public static TheoryData<string, string> Shapes() => new()
    {
        { "ATTR public static partial class Brain { }", "Brain" },
        { "namespace A.B { ATTR public static partial class Brain { } }", "A.B.Brain" },
        { "namespace A { namespace B { ATTR internal static partial class Brain { } } }", "A.B.Brain" },
        { "namespace A { public partial class Outer<@class> { ATTR internal partial class Brain { } } }", "A.Outer`1+Brain" },
        { "namespace A { public partial class Outer { ATTR public static partial class Brain { } } }", "A.Outer+Brain" },
        { "namespace A { public partial struct Outer { ATTR private static partial class Brain { } } }", "A.Outer+Brain" },
        { "namespace A { public partial record Outer(int X) { ATTR protected internal static partial class Brain { } } }", "A.Outer+Brain" },
        { "namespace A { public partial interface IOuter { ATTR public static partial class Brain { } } }", "A.IOuter+Brain" },
        { "namespace A { public static partial class Outer<T, U> { public partial class Mid<V> { ATTR public static partial class Brain { } } } }", "A.Outer`2+Mid`1+Brain" },
        { "namespace A { ATTR public partial class Brain { public int Health; } }", "A.Brain" },
        { "namespace A { ATTR public sealed partial class Brain { } }", "A.Brain" },
        { "namespace A { ATTR public abstract partial class Brain { } }", "A.Brain" },
        { "namespace A { ATTR public partial class Brain<T> where T : struct { } }", "A.Brain`1" },
        { "namespace A { ATTR public static partial class Brain { } public static partial class Brain { public static int Extra => 1; } }", "A.Brain" },
        { "namespace @class.@int { ATTR public static partial class @static { } }", "class.int.static" },
        { "namespace A { public partial class @struct { ATTR public static partial class @return { } } }", "A.struct+return" },
        { "namespace Ünïcødé { ATTR public static partial class 名前 { } }", "Ünïcødé.名前" },
        { "namespace A { ATTR public static partial class N\\u0065t { } }", "A.Net" },
        { "namespace A { ATTR public static partial class record { } }", "A.record" },
        { "namespace A { ATTR public static partial class var { } }", "A.var" },
        { "namespace Ferd.Generated { ATTR public static partial class FerdMath2 { } }", "Ferd.Generated.FerdMath2" },
        { "namespace System { ATTR public static partial class Span { } }", "System.Span" },
        { "namespace A { public class Ferd { } public class System { } ATTR public static partial class Brain { } }", "A.Brain" },
        { "namespace A.Ferd.Generated { ATTR public static partial class FerdMath { } }", "A.Ferd.Generated.FerdMath" },
        { "namespace A { ATTR public static partial class Forward { } }", "A.Forward" },
        { "namespace A { ATTR public static partial class Layer1 { } }", "A.Layer1" },
        { "namespace A { ATTR public static partial class Run1 { } }", "A.Run1" },
        { "namespace A { ATTR public static partial class Dot { } }", "A.Dot" },
        { "namespace A { ATTR public static partial class MultiplyAdd { } }", "A.MultiplyAdd" },
        { "namespace A { ATTR public static partial class ForwardPass { } }", "A.ForwardPass" },
        { "namespace A { ATTR public static partial class ForwardPass_<T> { } }", "A.ForwardPass_`1" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_members_land_on_the_attributed_type(string declaration, string metadataName)
    {
        var project = GeneratedProject.Run(declaration.Replace("ATTR", Attribute), "model.onnx", File.ReadAllBytes(TestData.Model("vanderpol_tanh")));

        project.AssertCompiles();
        var type = project.Output.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Contains(type!.GetMembers("Predict"), m => m is IMethodSymbol { IsStatic: true, Parameters.Length: 2 });
        Assert.Contains(type.GetMembers("InputCount"), m => m is IFieldSymbol { IsConst: true });
    }
}
