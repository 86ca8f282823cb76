using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>KMS008: narrows the retry to HTTP 429 and <c>KmsErrorCatalog.IsTransient(code)</c>, in the shape the analyzer found.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClientErrorRetryCodeFixProvider))]
public sealed class ClientErrorRetryCodeFixProvider : CodeFixProvider
{
    public const string NarrowRetryEquivalenceKey = "KMS008.NarrowRetry";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ClientErrorRetry);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) => await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (semanticModel is null || CatalogConstantEditor.FindCatalogType(semanticModel.Compilation, nameof(Kms.ErrorCodes.KmsErrorCatalog)) is null)
        {
            return; // Kms.ErrorCodes is not referenced.
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(DiagnosticPropertyNames.ClientErrorFix))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Retry only throttling (429) and transient KMS errors",
                        cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        NarrowRetryEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null
            || CatalogConstantEditor.FindCatalogType(semanticModel.Compilation, nameof(Kms.ErrorCodes.KmsErrorCatalog)) is not { } catalog)
        {
            return document;
        }

        var edits = new Dictionary<SyntaxNode, Func<SyntaxNode, SyntaxNode>>();
        var importsCatalog = false;
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ClientErrorFix, out var shapeName)
                || !Enum.TryParse<ClientErrorFixShape>(shapeName, out var shape)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not TypeSyntax type)
            {
                continue;
            }

            var narrowing = new RetryNarrowing(
                semanticModel,
                type,
                CatalogConstantEditor.TypeNameAt(semanticModel, type.SpanStart, catalog, out var imports),
                diagnostic.Properties.ContainsKey(DiagnosticPropertyNames.RetriesClientRequest));
            if (narrowing.Plan(shape) is { } edit && !edits.ContainsKey(edit.Target))
            {
                edits.Add(edit.Target, edit.Rewrite);
                importsCatalog |= imports;
            }
        }

        if (edits.Count == 0)
        {
            return document;
        }

        var anchor = new SyntaxAnnotation();
        var edited = document.WithSyntaxRoot(root.ReplaceNodes(edits.Keys, (original, rewritten) => edits[original](rewritten).WithAdditionalAnnotations(anchor)));
        return importsCatalog ? await CatalogConstantEditor.ImportCatalogNamespaceAsync(edited, anchor, cancellationToken).ConfigureAwait(false) : edited;
    }
}
