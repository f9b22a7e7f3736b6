using System.Collections.Generic;
using Ferd.Compiling;

namespace Ferd.Emit
{
    /// <summary>
    /// Where generated code goes: the attributed partial class, its namespace and the types it is
    /// nested in (outermost first). <see cref="Accessibility"/> is the C# keyword(s) as declared,
    /// empty when the declaration has none.
    /// </summary>
    public sealed record EmitTarget(string? Namespace, string ClassName, bool IsStatic, string Accessibility, IReadOnlyList<ContainingType> ContainingTypes)
    {
        public EmitTarget(string? @namespace, string className)
            : this(@namespace, className, true, "public", new ContainingType[0])
        {
        }

        /// <summary>The model's project-relative path, quoted in the header comment when set.</summary>
        public string? ModelPath { get; init; }

        /// <summary>What compression was asked for, so the header can say how ε was chosen; null for a given ε.</summary>
        public CompressionRequest? Request { get; init; }

        /// <summary>Whether tanh and sigmoid use the faster, less accurate FerdMath kernels.</summary>
        public bool FastActivations { get; init; }

        /// <summary>Vector code (the default), or one plain scalar, fully unrolled pass for every target.</summary>
        public bool Vectorize { get; init; } = true;

        /// <summary>
        /// Layers with at least this many weights are streamed; the default is measured
        /// (<see cref="CSharpEmitter.StreamedMinWeights"/>). Benchmarks move it to compare the forms.
        /// </summary>
        public int StreamedMinWeights { get; init; } = CSharpEmitter.StreamedMinWeights;
    }
}
