using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers;

/// <summary>
/// KMS005: a code looked for in Message / ErrorMsg / ToString() is compared with ErrorCode instead; a message text
/// compared with ErrorCode becomes the constant of the code with that message (one fix per code when several share it).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ErrorCodeLookupCodeFixProvider))]
public sealed class ErrorCodeLookupCodeFixProvider : CatalogReplacementCodeFixProvider
{
    /// <summary><c>e.Message.Contains(code)</c> becomes <c>e.ErrorCode == code</c>.</summary>
    public const string CompareErrorCodeEquivalenceKey = "KMS005.CompareErrorCode";

    /// <summary>A message text becomes the constant of its code; <c>.1</c> … for further codes with the same message.</summary>
    public const string UseCodeOfMessageEquivalenceKey = "KMS005.UseCodeOfMessage";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ErrorCodeLookup);

    internal override IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> FixesOf(Diagnostic diagnostic)
    {
        if (TryGetPlainReplacement(diagnostic, out var comparison))
        {
            yield return (CompareErrorCodeEquivalenceKey, "Compare ErrorCode", comparison);
        }

        foreach (var fix in ConstantFixes(diagnostic, UseCodeOfMessageEquivalenceKey))
        {
            yield return fix;
        }
    }
}
