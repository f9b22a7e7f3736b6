namespace Ferd.Research
{
    /// <summary>How hard <see cref="DeviationStudy"/> looks for deviations and refines the bound.</summary>
    public sealed record DeviationOptions
    {
        /// <summary>Uniform random points of the box.</summary>
        public int Samples { get; init; } = 20_000;

        /// <summary>Hill climbs from random starts, after the corners and the worst points seen.</summary>
        public int Starts { get; init; } = 200;

        /// <summary>Box splits of the refined certified bound.</summary>
        public int Refinements { get; init; } = 2000;

        /// <summary>Seed of the random points and starts, so a study repeats exactly.</summary>
        public int Seed { get; init; } = 1;

        public static DeviationOptions Default { get; } = new DeviationOptions();
    }
}
