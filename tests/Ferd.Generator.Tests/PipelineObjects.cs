using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>
/// Walks a pipeline step's output, field by field, and fails on any object that ties it to one
/// compilation: a symbol, a syntax node or the compilation itself (after NetEscapades' test helpers).
/// </summary>
internal static class PipelineObjects
{
    public static void AssertPlain(object? value, string step)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(value, step, seen);
    }

    private static void Visit(object? node, string path, HashSet<object> seen)
    {
        if (node is null) return;
        var type = node.GetType();
        if (type.IsPrimitive || type.IsEnum || node is string || node is decimal) return;
        if (!type.IsValueType && !seen.Add(node)) return;
        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location { SourceTree: not null },
            $"{path} holds a {type.Name}, which keeps a compilation alive.");
        if (node is IEnumerable sequence)
        {
            int i = 0;
            foreach (var item in sequence) Visit(item, $"{path}[{i++}]", seen);
            return;
        }
        // Roslyn's own immutable values (descriptors, localizable strings) hold no compilation; stop there.
        if (type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true) return;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            Visit(field.GetValue(node), $"{path}.{field.Name}", seen);
    }
}
