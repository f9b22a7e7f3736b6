using System.Linq;
using System.Text;

namespace Ferd.Emit
{
    /// <summary>C# names made from graph input names: a parameter ("obs_0") and its length constant ("Obs0Length").</summary>
    internal static class InputNames
    {
        public static string Parameter(string name)
        {
            var text = new StringBuilder();
            foreach (char c in name) text.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
            string identifier = text.Length == 0 || char.IsDigit(text[0]) ? "_" + text : text.ToString();
            return CSharpKeywords.Reserved.Contains(identifier) ? "@" + identifier : identifier;
        }

        public static string LengthConstant(string name)
        {
            var words = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
                .Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            string pascal = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
            return (pascal.Length == 0 || char.IsDigit(pascal[0]) ? "Input" + pascal : pascal) + "Length";
        }
    }
}
