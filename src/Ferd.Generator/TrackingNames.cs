namespace Ferd.Generator
{
    /// <summary>Names of pipeline steps, so tests can check which steps re-ran.</summary>
    internal static class TrackingNames
    {
        public const string Requests = nameof(Requests);
        public const string ModelFiles = nameof(ModelFiles);
        public const string DataFiles = nameof(DataFiles);
        public const string MissingFiles = nameof(MissingFiles);
        public const string CompileInputs = nameof(CompileInputs);
        public const string Lumping = nameof(Lumping);
    }
}
