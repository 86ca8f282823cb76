using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>An additional file given as text, for running a generator on a data file that is not on disk.</summary>
public sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
