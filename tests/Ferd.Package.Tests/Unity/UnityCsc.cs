using System.Reflection;

namespace Ferd.Package.Tests.Unity;

/// <summary>
/// Compiles the way Unity does: the SDK's csc process itself, no MSBuild and no build targets, C# 9,
/// netstandard 2.1 references, analyzers and additional files passed on the command line.
/// </summary>
internal static class UnityCsc
{
    public static string NetStandard { get; } = typeof(UnityCsc).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetStandard21").Value!;

    /// <summary>csc.dll of the newest SDK beside the running dotnet.</summary>
    private static readonly string Csc = Directory.GetDirectories(Path.Combine(DotnetRoot(), "sdk"))
        .Select(sdk => Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"))
        .Where(File.Exists)
        .OrderBy(path => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))!)!.Split('-')[0]))
        .Last();

    /// <summary>Compiles <paramref name="sources"/> into <paramref name="output"/>; returns csc's exit code and what it printed.</summary>
    public static (int ExitCode, string Output) Compile(string output, IEnumerable<string> sources, IEnumerable<string> references, IEnumerable<string> analyzers, IEnumerable<string> additionalFiles)
    {
        // 1701/1702 (a netstandard 2.0 reference against netstandard 2.1) are off in Unity's and MSBuild's own compiles.
        string[] arguments =
        [
            "-nologo", "-nostdlib+", "-target:library", "-langversion:9", "-deterministic", "-optimize+", "-warnaserror+", "-nowarn:1701,1702",
            "-out:" + output,
            "-reference:" + NetStandard,
            .. references.Select(r => "-reference:" + r),
            .. analyzers.Select(a => "-analyzer:" + a),
            .. additionalFiles.Select(f => "-additionalfile:" + f),
            .. sources,
        ];
        string responseFile = output + ".rsp";
        File.WriteAllLines(responseFile, arguments.Select(a => "\"" + a + "\""));
        return DotNet.Run(Path.GetDirectoryName(output)!, new Dictionary<string, string>(), Csc, "-noconfig", "@" + responseFile);
    }

    /// <summary>The dotnet folder: the shared runtime this test runs on is under shared/Microsoft.NETCore.App/VERSION.</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
