namespace Ferd.Compiling
{
    /// <summary>
    /// The settings of a <see cref="CompressionRequest"/> a problem can be about. The attribute and
    /// the CLI spell them differently (<c>MaxError</c>, <c>--max-error</c>), so a problem names
    /// the setting and each front end says it in its own words.
    /// </summary>
    public enum RequestOption
    {
        Epsilon,
        MaxParameters,
        MaxError,
        CalibrationData,
        ValidationData,
    }
}
