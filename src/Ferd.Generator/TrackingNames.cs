namespace Ferd.Generator
{
    /// <summary>Names of pipeline steps, each saying what the step does, so tests can check which steps re-ran.</summary>
    internal static class TrackingNames
    {
        /// <summary>Reads one <c>[CompressedNetwork]</c> use into a plain request.</summary>
        public const string ParseAttribute = nameof(ParseAttribute);

        /// <summary>Reads one encoded model the build targets passed.</summary>
        public const string ReadModelFile = nameof(ReadModelFile);

        /// <summary>Reads one CSV data file the build targets passed.</summary>
        public const string ReadDataFile = nameof(ReadDataFile);

        /// <summary>Reads the list of project items whose files do not exist.</summary>
        public const string ReadMissingFiles = nameof(ReadMissingFiles);

        /// <summary>Pairs a request with its model and data files.</summary>
        public const string MatchFiles = nameof(MatchFiles);

        /// <summary>Imports, compresses and emits one network (Engine's <c>Compiler</c>): the expensive step.</summary>
        public const string CompileNetwork = nameof(CompileNetwork);

        /// <summary>Whether any class asks for a network, so the activation kernels are emitted once.</summary>
        public const string AnyNetwork = nameof(AnyNetwork);

        /// <summary>Reads the build's help link base (FerdHelpUrl).</summary>
        public const string ReadHelpUrl = nameof(ReadHelpUrl);
    }
}
