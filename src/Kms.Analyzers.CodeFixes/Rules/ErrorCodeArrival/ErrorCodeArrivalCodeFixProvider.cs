using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers;

/// <summary>KMS006: the caught or matched exception type becomes the one the code arrives as.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ErrorCodeArrivalCodeFixProvider))]
public sealed class ErrorCodeArrivalCodeFixProvider : CatalogReplacementCodeFixProvider
{
    /// <summary><c>catch (ServerResponseException e) when (e.ErrorCode == InvalidKeyId)</c> catches ClientRequestException instead.</summary>
    public const string UseArrivalTypeEquivalenceKey = "KMS006.UseArrivalType";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ErrorCodeArrival);

    internal override IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> FixesOf(Diagnostic diagnostic)
    {
        if (TryGetPlainReplacement(diagnostic, out var retype))
        {
            yield return (UseArrivalTypeEquivalenceKey, "Use " + retype.Expression, retype);
        }
    }
}
