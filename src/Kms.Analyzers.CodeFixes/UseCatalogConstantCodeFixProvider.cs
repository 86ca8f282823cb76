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
            if (semanticModel is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var suggestions = SuggestedConstants(diagnostic);
                for (var rank = 0; rank < suggestions.Length; rank++)
                {
                    var fix = new[] { new CatalogReplacement(diagnostic.Location.SourceSpan, CatalogConstantEditor.ErrorCodesType, suggestions[rank]) };
                    if (!CatalogConstantEditor.CanApply(semanticModel.Compilation, fix[0]))
                    {
                        continue; // Kms.ErrorCodes is not referenced, or is older than the analyzer and lacks the code.
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use KmsErrorCodes." + suggestions[rank],
                            cancellationToken => CatalogConstantEditor.ReplaceAsync(context.Document, fix, cancellationToken),
                            EquivalenceKey(diagnostic.Id, rank)),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var fixes = new List<CatalogReplacement>();
            foreach (var diagnostic in diagnostics)
            {
                var suggestions = SuggestedConstants(diagnostic);
                for (var rank = 0; rank < suggestions.Length; rank++)
                {
                    if (EquivalenceKey(diagnostic.Id, rank) == context.CodeActionEquivalenceKey)
                    {
                        fixes.Add(new CatalogReplacement(diagnostic.Location.SourceSpan, CatalogConstantEditor.ErrorCodesType, suggestions[rank]));
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
