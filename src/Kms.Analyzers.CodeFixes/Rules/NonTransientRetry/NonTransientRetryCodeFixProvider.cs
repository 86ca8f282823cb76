using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// KMS003: takes the code out of the retry decision: removes it from a list, an <c>or</c> pattern, a <c>||</c>
/// chain or a group of case labels; otherwise puts <c>KmsErrorCatalog.IsTransient(value)</c> in place of the check.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonTransientRetryCodeFixProvider))]
public sealed class NonTransientRetryCodeFixProvider : CodeFixProvider
{
    /// <summary>The code is removed from the list, pattern, chain or labels that retry it.</summary>
    public const string RemoveFromRetryConditionEquivalenceKey = "KMS003.RemoveFromRetryCondition";

    /// <summary>The check becomes <c>KmsErrorCatalog.IsTransient(value)</c>.</summary>
    public const string UseIsTransientEquivalenceKey = "KMS003.UseIsTransient";


    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.NonTransientRetry);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllInDocumentAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (semanticModel is null || !TryGetFix(diagnostic, out var kind, out var mode))
            {
                continue;
            }

            var isTransient = kind == RetryFixKind.UseIsTransient;
            if (isTransient && CatalogConstantEditor.FindCatalogType(semanticModel.Compilation, nameof(Kms.ErrorCodes.KmsErrorCatalog)) is null)
            {
                continue; // Kms.ErrorCodes is not referenced.
            }

            var fixes = new[] { (diagnostic.Location.SourceSpan, mode) };
            context.RegisterCodeFix(
                CodeAction.Create(
                    isTransient ? "Retry only what KmsErrorCatalog.IsTransient allows" : "Stop retrying this code",
                    cancellationToken => ApplyAsync(context.Document, fixes, EquivalenceKey(kind), cancellationToken),
                    EquivalenceKey(kind)),
                diagnostic);
        }
    }

    private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var fixes = new List<(Microsoft.CodeAnalysis.Text.TextSpan, DecisionMode)>();
        foreach (var diagnostic in diagnostics)
        {
            if (TryGetFix(diagnostic, out _, out var mode))
            {
                fixes.Add((diagnostic.Location.SourceSpan, mode));
            }
        }

        return await ApplyAsync(document, fixes, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks every code, then takes them out one at a time, walking again from each code in the current tree:
    /// earlier edits may have reshaped the chain it belongs to.
    /// </summary>
    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<(Microsoft.CodeAnalysis.Text.TextSpan Span, DecisionMode Mode)> fixes, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        var modes = new List<(SyntaxAnnotation Mark, DecisionMode Mode)>();
        foreach (var (span, mode) in fixes)
        {
            if (root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax code && !marks.ContainsKey(code))
            {
                var mark = new SyntaxAnnotation();
                marks.Add(code, mark);
                modes.Add((mark, mode));
            }
        }

        document = document.WithSyntaxRoot(root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original])));
        foreach (var (mark, mode) in modes)
        {
            document = await TakeOutAsync(document, mark, mode, equivalenceKey, cancellationToken).ConfigureAwait(false);
        }

        return await CatalogConstantEditor.ThroughTextAsync(document, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> TakeOutAsync(Document document, SyntaxAnnotation mark, DecisionMode mode, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        ExpressionSyntax? code = null;
        foreach (var marked in root?.GetAnnotatedNodes(mark) ?? Array.Empty<SyntaxNode>())
        {
            code = marked as ExpressionSyntax;
        }

        if (root is null || semanticModel is null || code is null)
        {
            return document;
        }

        // Walked again in the tree being edited: Fix All edits one chain (a || b || c) several times.
        var plan = RetryFixPlan.For(code);
        if (RetryDecisionWalker.Walk(code, mode, semanticModel).Answer <= 0 || plan.Target is not { } target || EquivalenceKey(plan.Kind) != equivalenceKey)
        {
            return document;
        }

        switch (plan.Kind)
        {
            case RetryFixKind.RemoveElement:
                // { A, B }: B goes with its comma; the space before the brace stays.
                return root.RemoveNode(target, SyntaxRemoveOptions.KeepTrailingTrivia) is { } withoutElement ? document.WithSyntaxRoot(withoutElement) : document;

            case RetryFixKind.RemoveCaseLabel:
                // A label is a line of its own: it goes with its indentation and line break.
                return root.RemoveNode(target, SyntaxRemoveOptions.KeepNoTrivia) is { } withoutLabel ? document.WithSyntaxRoot(withoutLabel) : document;

            case RetryFixKind.KeepOtherOperand when plan.Operand is { } kept:
                return document.WithSyntaxRoot(root.ReplaceNode(target, kept.WithTriviaFrom(target)));

            case RetryFixKind.UseIsTransient when plan.Operand is { } tested:
                var call = new CatalogReplacement(target.Span, nameof(Kms.ErrorCodes.KmsErrorCatalog), nameof(Kms.ErrorCodes.KmsErrorCatalog.IsTransient) + "(" + tested.ToString() + ")", plan.Negates ? "!" : string.Empty);
                return await CatalogConstantEditor.ReplaceInTreeAsync(document, new[] { call }, cancellationToken).ConfigureAwait(false);

            default:
                return document;
        }
    }

    private static bool TryGetFix(Diagnostic diagnostic, out RetryFixKind kind, out DecisionMode mode)
    {
        kind = RetryFixKind.None;
        mode = DecisionMode.Predicate;
        return diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.RetryFix, out var kindName)
               && Enum.TryParse(kindName, out kind)
               && diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.RetryMode, out var modeName)
               && Enum.TryParse(modeName, out mode);
    }

    private static string EquivalenceKey(RetryFixKind kind)
        => kind == RetryFixKind.UseIsTransient ? UseIsTransientEquivalenceKey : RemoveFromRetryConditionEquivalenceKey;
}
