namespace Ferd.Generator
{
    /// <summary>
    /// Everything that decides the generated code for one attributed class, without locations,
    /// so moving the attribute in its file does not re-run compression. <see cref="NonPartialType"/>
    /// names the class or containing type that lacks the partial modifier, if any. Budgets of 0
    /// and absent data paths are unset, as in the attribute.
    /// </summary>
    internal sealed record NetworkOptions(ClassSpec Class, string ModelPath, double Epsilon, string? NonPartialType)
    {
        public int MaxParameters { get; init; }

        public double MaxError { get; init; }

        public string? CalibrationData { get; init; }

        public string? ValidationData { get; init; }

        public bool FastActivations { get; init; }

        public bool Vectorize { get; init; } = true;

        /// <summary>The graph output to compile; null for the only deterministic one.</summary>
        public string? Output { get; init; }

        /// <summary>
        /// The first option whose value the generator cannot read, e.g. a constant of another
        /// generated class: generators run before generated code exists.
        /// </summary>
        public string? UnreadableOption { get; init; }
    }
}
