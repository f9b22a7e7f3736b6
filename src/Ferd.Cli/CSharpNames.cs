namespace Ferd.Cli;

/// <summary>Checks the names `ferd emit` puts into C#, so a typo fails here and not in the user's build.</summary>
internal static class CSharpNames
{
    // The reserved keywords; contextual ones (var, record, …) are valid names.
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    public static string Identifier(string name, string option)
    {
        bool valid = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid) throw new UserError($"{option} '{name}' is not a C# identifier.");
        if (Keywords.Contains(name)) throw new UserError($"{option} '{name}' is a C# keyword.");
        return name;
    }

    public static string? Namespace(string? name, string option)
    {
        if (name == null) return null;
        foreach (string part in name.Split('.')) Identifier(part, option);
        return name;
    }
}
