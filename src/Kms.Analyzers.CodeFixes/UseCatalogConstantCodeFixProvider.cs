using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers
{
    /// <summary>
    /// Replaces a code literal with its <c>KmsErrorCodes</c> constant: the literal's own constant (KMS001) or
    /// each intended / nearest known code (KMS002), best first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogConstantCodeFixProvider))]
    public sealed class UseCatalogConstantCodeFixProvider : CodeFixProvider
    {
        /// <summary>KMS001: one key for every magic code, so Fix All replaces them all.</summary>
        public const string UseCatalogConstantEquivalenceKey = "KMS001.UseCatalogConstant";

        /// <summary>KMS002: the key of the best suggestion; <c>.1</c> and <c>.2</c> follow for the next ones.</summary>
        public const string UseNearestCodeEquivalenceKey = "KMS002.UseNearestCode";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(RuleIdentifiers.UseCatalogConstant, RuleIdentifiers.UnknownErrorCode);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (semanticModel is null || CatalogConstantEditor.FindCatalog(semanticModel.Compilation) is not { } catalog)
            {
                return; // Kms.ErrorCodes is not referenced: there is no constant to insert.
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var suggestions = SuggestedConstants(diagnostic);
                for (var rank = 0; rank < suggestions.Length; rank++)
                {
                    var name = suggestions[rank];
                    if (!CatalogConstantEditor.HasConstant(catalog, name))
                    {
                        continue; // An older Kms.ErrorCodes than the analyzer: no such constant yet.
                    }

                    var fix = new[] { (diagnostic.Location.SourceSpan, name) };
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use KmsErrorCodes." + name,
                            cancellationToken => CatalogConstantEditor.ReplaceAsync(context.Document, fix, cancellationToken),
                            EquivalenceKey(diagnostic.Id, rank)),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var fixes = new List<(Microsoft.CodeAnalysis.Text.TextSpan, string)>();
            foreach (var diagnostic in diagnostics)
            {
                var suggestions = SuggestedConstants(diagnostic);
                for (var rank = 0; rank < suggestions.Length; rank++)
                {
                    if (EquivalenceKey(diagnostic.Id, rank) == context.CodeActionEquivalenceKey)
                    {
                        fixes.Add((diagnostic.Location.SourceSpan, suggestions[rank]));
                    }
                }
            }

            return await CatalogConstantEditor.ReplaceAsync(document, fixes, context.CancellationToken).ConfigureAwait(false);
        }

        private static string[] SuggestedConstants(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ConstantNames, out var names) && !string.IsNullOrEmpty(names)
                ? names!.Split(',')
                : System.Array.Empty<string>();

        private static string EquivalenceKey(string diagnosticId, int rank)
            => diagnosticId == RuleIdentifiers.UseCatalogConstant ? UseCatalogConstantEquivalenceKey
                : rank == 0 ? UseNearestCodeEquivalenceKey
                : UseNearestCodeEquivalenceKey + "." + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
