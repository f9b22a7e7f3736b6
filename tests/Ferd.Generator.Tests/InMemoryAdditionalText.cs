using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ferd.Generator.Tests;

/// <summary>An additional file held in memory, as the build passes encoded models to the compiler.</summary>
internal sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(content);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
