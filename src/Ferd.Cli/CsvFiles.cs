using System.Globalization;
using System.Text;
using Ferd.Evaluation;

namespace Ferd.Cli;

/// <summary>CSV in and out for the verbs: inputs x0.., outputs out0...</summary>
internal static class CsvFiles
{
    public static CsvTable Load(string path) => CsvTable.Parse(ReadText(path), Path.GetFileName(path));

    public static string ReadText(string path)
    {
        if (!File.Exists(path)) throw new UserError($"CSV '{path}' not found.");
        return File.ReadAllText(path);
    }

    public static string Outputs(IEnumerable<double[]> rows, int count)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Enumerable.Range(0, count).Select(i => "out" + i.ToString(CultureInfo.InvariantCulture))));
        foreach (var row in rows)
            text.AppendLine(string.Join(",", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        return text.ToString();
    }
}
