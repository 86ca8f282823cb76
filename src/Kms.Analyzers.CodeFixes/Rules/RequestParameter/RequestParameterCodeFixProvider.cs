using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers;

/// <summary>
/// KMS004: the nearest accepted value in the rejected one's form, or an SDK enum class's static member. A
/// <c>const</c> is never rewritten silently: it gets the literal or the matching <c>KmsLimits</c> constant.
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
        var properties = diagnostic.Properties;

        // An SDK enum class's member replaces the whole creation or lookup, not just the value.
        var span = properties.TryGetValue(DiagnosticPropertyNames.ReplaceSpan, out var replaced) && SpanProperty.TryParse(replaced, out var whole)
            ? whole
            : diagnostic.Location.SourceSpan;
        if (properties.TryGetValue(DiagnosticPropertyNames.ValidLiteral, out var literal) && literal is not null)
        {
            var isConstant = properties.ContainsKey(DiagnosticPropertyNames.CarrierIsConstant);
            var literals = new List<string> { literal };
            if (properties.TryGetValue(DiagnosticPropertyNames.OtherValidLiterals, out var others) && others is not null)
            {
                literals.AddRange(others.Split('\n'));
            }

            for (var rank = 0; rank < literals.Count; rank++)
            {
                var key = isConstant ? ReplaceConstantWithLiteralEquivalenceKey : UseNearestValidValueEquivalenceKey;
                yield return (
                    rank == 0 ? key : key + "." + rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (isConstant ? "Replace the constant with " : "Use ") + literals[rank],
                    new CatalogReplacement(span, null, literals[rank]));
            }
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
