using Ferd.Emit;

namespace Ferd.Cli;

/// <summary>Checks the names `ferd emit` puts into C#, so a typo fails here and not in the user's build.</summary>
internal static class CSharpNames
{
    public static string Identifier(string name, string option)
    {
        bool valid = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid) throw new UserError($"{option} '{name}' is not a C# identifier.");
        if (CSharpKeywords.Reserved.Contains(name)) throw new UserError($"{option} '{name}' is a C# keyword.");
        return name;
    }

    public static string? Namespace(string? name, string option)
    {
        if (name == null) return null;
        foreach (string part in name.Split('.')) Identifier(part, option);
        return name;
    }
}
