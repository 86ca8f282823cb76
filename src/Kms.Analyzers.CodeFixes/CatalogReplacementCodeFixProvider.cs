using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers
{
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
}
