using System.Reflection;

namespace Ferd.Generator.Tests;

public class AttributePropertiesTests
{
    /// <summary>The generator reads the attribute by these names; a renamed property must fail here, not silently read nothing.</summary>
    [Fact]
    public void The_generator_knows_every_settable_property_of_the_attribute_by_its_name()
    {
        var declared = typeof(CompressedNetworkAttribute).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(declared, AttributeProperties.All.Order(StringComparer.Ordinal));
        Assert.All(AttributeProperties.All, name => Assert.Equal(name, AttributeProperties.PropertyOf(AttributeProperties.SiteOf(name)!.Value)));
    }
}
