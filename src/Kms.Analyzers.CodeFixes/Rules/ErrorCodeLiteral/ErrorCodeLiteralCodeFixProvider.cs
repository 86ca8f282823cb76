using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers;

/// <summary>
/// Replaces a code literal with its <c>KmsErrorCodes</c> constant: the literal's own constant (KMS001) or
/// each intended / nearest known code (KMS002), best first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ErrorCodeLiteralCodeFixProvider))]
public sealed class ErrorCodeLiteralCodeFixProvider : CatalogReplacementCodeFixProvider
{
    /// <summary>KMS001: one key for every magic code, so Fix All replaces them all.</summary>
    public const string UseCatalogConstantEquivalenceKey = "KMS001.UseCatalogConstant";

    /// <summary>KMS002: the key of the best suggestion; <c>.1</c> and <c>.2</c> follow for the next ones.</summary>
    public const string UseNearestCodeEquivalenceKey = "KMS002.UseNearestCode";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.UseCatalogConstant, RuleIdentifiers.UnknownErrorCode);

    internal override IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> FixesOf(Diagnostic diagnostic)
        => ConstantFixes(diagnostic, diagnostic.Id == RuleIdentifiers.UseCatalogConstant ? UseCatalogConstantEquivalenceKey : UseNearestCodeEquivalenceKey);
}
