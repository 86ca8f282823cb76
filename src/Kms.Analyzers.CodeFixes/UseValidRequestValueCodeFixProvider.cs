using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kms.Analyzers
{
    /// <summary>
    /// KMS004: puts the nearest accepted value in place of the rejected one, in the same form (a string stays a
    /// string literal). A <c>const</c> reference is never rewritten silently: it gets its own fixes, the literal
    /// or the matching <c>KmsLimits</c> constant.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseValidRequestValueCodeFixProvider))]
    public sealed class UseValidRequestValueCodeFixProvider : CodeFixProvider
    {
        /// <summary>A rejected literal becomes the nearest valid literal.</summary>
        public const string UseNearestValidValueEquivalenceKey = "KMS004.UseNearestValidValue";

        /// <summary>A reference to a const with a rejected value becomes the nearest valid literal.</summary>
        public const string ReplaceConstantWithLiteralEquivalenceKey = "KMS004.ReplaceConstantWithLiteral";

        /// <summary>The value becomes the <c>KmsLimits</c> constant that holds the nearest valid value.</summary>
        public const string UseKmsLimitsConstantEquivalenceKey = "KMS004.UseKmsLimitsConstant";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.RequestParameterOutOfRange);

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
                foreach (var (equivalenceKey, title, replacement) in Fixes(diagnostic))
                {
                    if (!CatalogConstantEditor.CanApply(semanticModel.Compilation, replacement))
                    {
                        continue; // KmsLimits is not referenced.
                    }

                    var fix = new[] { replacement };
                    context.RegisterCodeFix(
                        CodeAction.Create(title, cancellationToken => CatalogConstantEditor.ReplaceAsync(context.Document, fix, cancellationToken), equivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var replacements = new List<CatalogReplacement>();
            foreach (var diagnostic in diagnostics)
            {
                foreach (var (equivalenceKey, _, replacement) in Fixes(diagnostic))
                {
                    if (equivalenceKey == context.CodeActionEquivalenceKey)
                    {
                        replacements.Add(replacement);
                    }
                }
            }

            return await CatalogConstantEditor.ReplaceAsync(document, replacements, context.CancellationToken).ConfigureAwait(false);
        }

        private static IEnumerable<(string EquivalenceKey, string Title, CatalogReplacement Replacement)> Fixes(Diagnostic diagnostic)
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
                var constant = limitsMember.Split('.')[0];
                yield return (UseKmsLimitsConstantEquivalenceKey, "Use KmsLimits." + constant, new CatalogReplacement(span, CatalogConstantEditor.LimitsType, limitsMember));
            }
        }
    }
}
