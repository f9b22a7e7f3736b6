namespace Ferd.Emit
{
    /// <summary>Counts as generated comments and messages say them: "1 neuron", "64 neurons".</summary>
    internal static class Wording
    {
        public static string Count(int count, string noun) => Invariant.Int(count) + " " + (count == 1 ? noun : noun + "s");
    }
}
