namespace Ferd.Generator.Tests;

/// <summary>
/// Snapshot checks after Verify's conventions: <c>NAME.verified.EXT</c> committed in the
/// test project's folder, <c>NAME.received.EXT</c> written on mismatch, FERD_ACCEPT=1 accepts the new text.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "FERD_ACCEPT";

    public static void Verify(string actual, string name, string extension = "txt")
    {
        string folder = RepositoryFiles.TestProject;
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }
        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"{received} differs from {verified}. Review the difference; run with {AcceptVariable}=1 to accept it."
            : $"No snapshot {verified} yet; {received} holds the new text. Run with {AcceptVariable}=1 to accept it.");
    }
}
