using Ferd.Emit;

namespace Ferd.Generator
{
    /// <summary>The attributed partial class as plain, equatable values.</summary>
    internal sealed record ClassSpec(string? Namespace, string ClassName, bool IsStatic, string Accessibility, EquatableArray<ContainingType> ContainingTypes)
    {
        public EmitTarget ToEmitTarget(string modelPath) =>
            new EmitTarget(Namespace, ClassName, IsStatic, Accessibility, ContainingTypes.AsSpan().ToArray()) { ModelPath = modelPath };

        /// <summary>How diagnostics name the class: namespace-qualified, nesting with dots.</summary>
        public string DisplayName
        {
            get
            {
                string nested = string.Join(".", System.Linq.Enumerable.Select(ContainingTypes, t => t.Name));
                string prefix = Namespace == null ? "" : Namespace + ".";
                return prefix + (nested.Length > 0 ? nested + "." : "") + ClassName;
            }
        }
    }
}
