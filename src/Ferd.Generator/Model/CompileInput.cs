namespace Ferd.Generator
{
    /// <summary>
    /// What the compile step needs: the options, the matched model's content and the text of the
    /// data files the options name (null when a file was not found). The lists of known model and
    /// data paths are filled only when something was not found (for the diagnostic), so editing a
    /// CSV the options do not name leaves this input, and compression, unchanged.
    /// </summary>
    internal sealed record CompileInput(NetworkOptions Options, string? ModelBase64, EquatableArray<string> KnownModels)
    {
        public string? CalibrationText { get; init; }

        public string? ValidationText { get; init; }

        public EquatableArray<string> KnownData { get; init; }

        /// <summary>The project's items the options name whose file does not exist.</summary>
        public EquatableArray<MissingFile> MissingFiles { get; init; }
    }
}
