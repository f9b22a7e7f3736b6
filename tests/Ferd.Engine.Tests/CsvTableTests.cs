using Ferd.Evaluation;

namespace Ferd.Tests;

public class CsvTableTests
{
    [Fact]
    public void Inputs_prefer_named_columns()
    {
        var table = CsvTable.Parse("y,x1,x0\n5,2,1\n6,4,3\n");
        Assert.Equal([[1.0, 2.0], [3.0, 4.0]], table.Inputs(2));
        Assert.Equal([[5.0], [6.0]], table.Columnset("y", 1));
    }

    [Fact]
    public void Inputs_are_the_floats_the_model_receives_and_targets_stay_as_written()
    {
        var table = CsvTable.Parse("x0,y\n0.998,0.998\n");
        Assert.Equal((double)0.998f, table.Inputs(1)[0][0]);
        Assert.NotEqual(0.998, table.Inputs(1)[0][0]);
        Assert.Equal(0.998, table.Columnset("y", 1)[0][0]);
    }

    [Fact]
    public void Inputs_fall_back_to_first_columns()
    {
        var table = CsvTable.Parse("a,b,c\r\n1,2,3\r\n");
        Assert.Equal([[1.0, 2.0]], table.Inputs(2));
    }

    [Fact]
    public void Numbers_are_read_with_the_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(1.5e-3, CsvTable.Parse("x0\n1.5e-3\n").Rows[0][0]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("x0,x1\n1\n", "line 2 has 1 cells, the header has 2")]
    [InlineData("x0\nabc\n", "line 2, column 'x0': 'abc' is not a number")]
    public void Malformed_tables_are_reported_by_place(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => CsvTable.Parse(text, "data.csv"));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("data.csv", error.Message);
    }

    [Fact]
    public void Missing_output_column_is_named()
    {
        var error = Assert.Throws<FormatException>(() => CsvTable.Parse("out0\n1\n").Columnset("out", 2));
        Assert.Contains("'out1'", error.Message);
    }
}
