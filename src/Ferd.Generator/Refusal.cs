using Ferd.Emit;
using Ferd.Networks;

namespace Ferd.Generator
{
    /// <summary>
    /// The outcome for a network Ferd refused: its diagnostic, and source that gives the class its
    /// generated API with members that throw, so call sites compile and the diagnostic stands alone.
    /// </summary>
    internal sealed class Refusal
    {
        private readonly EmitTarget _target;

        public Refusal(string key, EmitTarget target)
        {
            Key = key;
            _target = target;
            HintName = CSharpEmitter.HintName(target);
        }

        public string Key { get; }

        public string HintName { get; }

        /// <param name="diagnostics">Why, the first reason first: the stand-in's members name it.</param>
        /// <param name="network">The imported network when the refusal came after import, so the stand-in's counts are real.</param>
        public CompileOutcome Outcome(DiagnosticInfo[] diagnostics, Network? network)
        {
            var first = diagnostics[0];
            string? source = AddsErrors(first) ? null : RefusedNetworkEmitter.Emit(_target, first.Id + ": " + first.Message, network);
            return new CompileOutcome(Key, HintName, source, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        // Members on a class that is not partial (CS0260) or one named like a member (CS0542) would
        // be compile errors of their own; there the FERD error alone is the clearer report.
        private static bool AddsErrors(DiagnosticInfo diagnostic) =>
            diagnostic.Descriptor == FerdDiagnostics.NotPartial || diagnostic.Descriptor == FerdDiagnostics.ClassNameClash;
    }
}
