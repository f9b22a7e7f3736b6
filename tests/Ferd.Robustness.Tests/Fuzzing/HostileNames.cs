namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Names that break naive code generation: keywords, quotes, comment and line breakers, unicode, length.</summary>
internal static class HostileNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "class", "namespace", "int", "float", "return", "global", "@if", "__arglist", "Forward", "Layer1",
        "a\"b", "a'b", "\"\"\"", "end */ int x; /*", "*/", "/*", "// comment", "///<summary>",
        "line\nbreak", "cr\rlf\r\n", "\u2028sep\u2029", "tab\tname", "back\\slash", "\\u0022", "\\",
        "{0}", "{{", "}", "#if DEBUG", "#error x", "$\"{x}\"", "<T>", "&amp;", "a b c",
        "Ünïcødé", "名前", "emoji😀", "\u202Eevil", "zero\u200Bwidth", "nul\0byte", "\uFFFF", "\uD800",
        "", " ", "0", "-1", "1e308", "NaN",
        new string('x', 5000), string.Concat(Enumerable.Repeat("*/\"\n", 300)),
    ];

    public static string Pick(Random random) => All[random.Next(All.Count)];
}
