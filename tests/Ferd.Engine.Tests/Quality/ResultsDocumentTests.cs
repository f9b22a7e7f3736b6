using System.Text.RegularExpressions;

namespace Ferd.Tests.Quality;

/// <summary>docs/RESULTS.md says what docs/results holds: its quoted blocks and its win-rate table.</summary>
public partial class ResultsDocumentTests
{
    private static readonly string Document = File.ReadAllText(RepositoryFiles.Path("docs", "RESULTS.md"));

    [GeneratedRegex(@"^<!-- (results/[^ ]+) -->\n(.*?)^<!-- end \1 -->$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex QuotedBlock();

    [Fact]
    public void Every_quoted_block_is_the_file_it_quotes()
    {
        var blocks = QuotedBlock().Matches(Document.ReplaceLineEndings("\n"));

        Assert.True(blocks.Count >= TestData.AllModelNames.Count + 1, $"only {blocks.Count} quoted blocks");
        foreach (Match block in blocks)
        {
            string file = RepositoryFiles.Path("docs", block.Groups[1].Value);
            Assert.True(File.ReadAllText(file).ReplaceLineEndings("\n") == block.Groups[2].Value,
                $"docs/RESULTS.md quotes an old {block.Groups[1].Value}; run docs/results/regenerate");
        }
    }

    [Fact]
    public void The_win_rate_table_is_computed_from_the_committed_sweeps()
    {
        string table = WinRateTable.Markdown(TestData.AllModelNames.Select(CommittedSweep.Read).ToList());

        Assert.True(Document.ReplaceLineEndings("\n").Contains(table, StringComparison.Ordinal), "docs/RESULTS.md should hold this table:\n" + table);
    }
}
