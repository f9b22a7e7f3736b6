using System.Globalization;
using Ferd.Emit;
using FsCheck;
using FsCheck.Fluent;

namespace Ferd.Generator.Tests;

public class FloatLiteralTests
{
    [Fact]
    public void Every_finite_float_round_trips_through_its_literal()
    {
        var bits = ArbMap.Default.GeneratorFor<int>().Select(BitConverter.Int32BitsToSingle).Where(float.IsFinite);
        Prop.ForAll(bits.ToArbitrary(), value =>
        {
            string literal = FloatLiteral.Format(value);
            float parsed = float.Parse(literal.TrimEnd('f'), NumberStyles.Float, CultureInfo.InvariantCulture);
            return literal.EndsWith('f') && BitConverter.SingleToInt32Bits(parsed) == BitConverter.SingleToInt32Bits(value);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0.1f, "0.1f")]
    [InlineData(-2.5f, "-2.5f")]
    [InlineData(1e-7f, "1E-07f")]
    [InlineData(16777216f, "16777216f")]
    public void Literals_are_the_shortest_exact_form(float value, string expected) =>
        Assert.Equal(expected, FloatLiteral.Format(value));

    [Fact]
    public void Doubles_round_to_the_nearest_float() =>
        Assert.Equal(FloatLiteral.Format((float)0.1), FloatLiteral.Format(0.1));
}
