using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers;

/// <summary>
/// KMS004: puts the nearest accepted value in place of the rejected one, in the same form (a string stays a
/// string literal). A <c>const</c> reference is never rewritten silently: it gets its own fixes, the literal
/// or the matching <c>KmsLimits</c> constant.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequestParameterCodeFixProvider))]
public sealed class RequestParameterCodeFixProvider : CatalogReplacementCodeFixProvider
{
    /// <summary>A rejected literal becomes the nearest valid literal.</summary>
    public const string UseNearestValidValueEquivalenceKey = "KMS004.UseNearestValidValue";

    /// <summary>A reference to a const with a rejected value becomes the nearest valid literal.</summary>
    public const string ReplaceConstantWithLiteralEquivalenceKey = "KMS004.ReplaceConstantWithLiteral";

    /// <summary>The value becomes the <c>KmsLimits</c> constant that holds the nearest valid value.</summary>
    public const string UseKmsLimitsConstantEquivalenceKey = "KMS004.UseKmsLimitsConstant";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.RequestParameter);

    internal override IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> FixesOf(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        var properties = diagnostic.Properties;
        if (properties.TryGetValue(DiagnosticPropertyNames.ValidLiteral, out var literal) && literal is not null)
        {
            yield return properties.ContainsKey(DiagnosticPropertyNames.CarrierIsConstant)
                ? (ReplaceConstantWithLiteralEquivalenceKey, "Replace the constant with " + literal, new CatalogReplacement(span, null, literal))
                : (UseNearestValidValueEquivalenceKey, "Use " + literal, new CatalogReplacement(span, null, literal));
        }

        if (properties.TryGetValue(DiagnosticPropertyNames.ValidLimitsMember, out var limitsMember) && limitsMember is not null)
        {
            yield return (
                UseKmsLimitsConstantEquivalenceKey,
                "Use KmsLimits." + limitsMember.Split('.')[0],
                new CatalogReplacement(span, nameof(Kms.ErrorCodes.KmsLimits), limitsMember));
        }
    }
}
