namespace Ferd.Compiling
{
    /// <summary>
    /// What a user asks of one compilation, as the attribute or the command line gives it and
    /// before anything is read: a tolerance, or a budget the tolerance is searched for, and data
    /// files as text. Both front ends fill this and only this; <see cref="Compiler"/> checks and runs it.
    /// </summary>
    public sealed record CompileSettings
    {
        /// <summary>The AFDE tolerance; ignored when a budget is given.</summary>
        public double Epsilon { get; init; }

        /// <summary>Parameter budget: the least error within this many parameters.</summary>
        public int? MaxParameters { get; init; }

        /// <summary>Error budget: the smallest network whose RMSE on the validation data is at most this.</summary>
        public double? MaxError { get; init; }

        /// <summary>Typical inputs: lumping measures distances on them, the weights are refit to them, and their range is the certified bound's box.</summary>
        public DataText? Calibration { get; init; }

        /// <summary>Inputs and targets for <see cref="MaxError"/>.</summary>
        public DataText? Validation { get; init; }

        /// <summary>The graph output or intermediate value to compile; null for the only one that is neither constant nor random.</summary>
        public string? Output { get; init; }
    }

    /// <summary>A CSV file's path, as the user named it, and its text.</summary>
    public sealed record DataText(string Path, string Text);
}
