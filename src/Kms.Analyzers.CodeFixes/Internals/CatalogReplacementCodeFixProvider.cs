using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers;

/// <summary>
/// The plumbing of the package's fixers: each diagnostic names its fixes (equivalence key, title,
/// replacement); the ones that apply in the compilation are offered, and Fix All makes every replacement
/// of one key in a document as one edit.
/// </summary>
public abstract class CatalogReplacementCodeFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var (equivalenceKey, title, replacement) in FixesOf(diagnostic))
            {
                if (!CatalogConstantEditor.CanApply(semanticModel.Compilation, replacement))
                {
                    continue; // Kms.ErrorCodes is not referenced, or is older than the analyzer and lacks the member.
                }

                var fix = new[] { replacement };
                context.RegisterCodeFix(
                    CodeAction.Create(title, cancellationToken => CatalogConstantEditor.ReplaceAsync(context.Document, fix, cancellationToken), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes of one diagnostic, from its properties, best first.</summary>
    internal abstract IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> FixesOf(Diagnostic diagnostic);

    /// <summary>The plain replacement a diagnostic carries (ReplaceSpan + Replacement), if it carries one.</summary>
    internal static bool TryGetPlainReplacement(Diagnostic diagnostic, out CatalogReplacement replacement)
    {
        replacement = default;
        if (diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Replacement, out var text) && text is not null
            && diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ReplaceSpan, out var span) && SpanProperty.TryParse(span, out var target))
        {
            replacement = new CatalogReplacement(target, null, text);
            return true;
        }

        return false;
    }

    /// <summary>One catalog-constant fix per name in the diagnostic's ConstantNames, keyed <paramref name="equivalenceKey"/>, then <c>.1</c>, <c>.2</c>.</summary>
    internal static IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> ConstantFixes(Diagnostic diagnostic, string equivalenceKey)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ConstantNames, out var names) || string.IsNullOrEmpty(names))
        {
            yield break;
        }

        var suggestions = names!.Split(',');
        for (var rank = 0; rank < suggestions.Length; rank++)
        {
            yield return (
                rank == 0 ? equivalenceKey : equivalenceKey + "." + rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Use KmsErrorCodes." + suggestions[rank],
                new CatalogReplacement(diagnostic.Location.SourceSpan, nameof(Kms.ErrorCodes.KmsErrorCodes), suggestions[rank]));
        }
    }

    private async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var replacements = new List<CatalogReplacement>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var (equivalenceKey, _, replacement) in FixesOf(diagnostic))
            {
                if (equivalenceKey == context.CodeActionEquivalenceKey)
                {
                    replacements.Add(replacement);
                }
            }
        }

        return await CatalogConstantEditor.ReplaceAsync(document, replacements, context.CancellationToken).ConfigureAwait(false);
    }
}
