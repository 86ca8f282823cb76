using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// What the retry rules need of one compilation, resolved for the first admitted file: Polly's builders and retry
/// options, the SDK's invokers and clients (<see cref="SdkContext"/>), and the options that widen what counts.
/// </summary>
internal sealed class RetryContext
{
    private static readonly string[] RetryWords = { "retry", "retriable", "retryable", "transient" };
    private static readonly string[] NegatingPrefixes = { "non", "not", "no", "never", "dont" };

    private readonly HashSet<INamedTypeSymbol> pollyBuilders = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> pollyPredicateBuilders = new(SymbolEqualityComparer.Default);
    private readonly SdkContext sdk;
    private readonly INamedTypeSymbol? retryStrategyOptions;
    private readonly bool retryNamesConfigured;

    private static readonly ConditionalWeakTable<Compilation, RetryContext> Contexts = new();

    /// <summary>The compilation's one context, shared by the retry rules (a build gives them the same options).</summary>
    public static RetryContext For(Compilation compilation, AnalyzerOptions options)
        => Contexts.GetValue(compilation, _ => new RetryContext(compilation, options));

    private RetryContext(Compilation compilation, AnalyzerOptions options)
    {
        WellKnownTypeNames.AddPresent(pollyBuilders, compilation, WellKnownTypeNames.PollyV7Builders);
        WellKnownTypeNames.AddPresent(pollyPredicateBuilders, compilation, WellKnownTypeNames.PollyV8PredicateBuilders);
        sdk = SdkContext.For(compilation);

        retryStrategyOptions = compilation.GetTypeByMetadataName(WellKnownTypeNames.PollyV8RetryStrategyOptions);
        Lists = new ConfiguredCodeLists(options);
        retryNamesConfigured = Lists.IsSetForAnyTree(compilation, KmsOptions.RetryMethodNames);
    }

    public ConfiguredCodeLists Lists { get; }

    public SdkContext Sdk => sdk;

    public bool HasPollyV7 => pollyBuilders.Count > 0;

    public bool HasPollyV8 => retryStrategyOptions is not null;

    public bool HasSdkInvokers => sdk.HasInvokers;

    /// <summary><c>Policy.Handle&lt;T&gt;(…)</c>, <c>.Or&lt;T&gt;(…)</c>, <c>HandleResult</c>, <c>OrResult</c> of Polly v7.</summary>
    public bool IsPollyV7Predicate(IMethodSymbol method) => pollyBuilders.Contains(method.ContainingType.OriginalDefinition);

    /// <summary><c>new PredicateBuilder().Handle&lt;T&gt;(…)</c> of Polly v8.</summary>
    public bool IsPollyV8Predicate(IMethodSymbol method) => pollyPredicateBuilders.Contains(method.ContainingType.OriginalDefinition);

    /// <summary>
    /// Whether <paramref name="assignment"/> sets the <c>ShouldHandle</c> of <c>RetryStrategyOptions&lt;T&gt;</c> (and so of
    /// its subclasses): by name first, then bound.
    /// </summary>
    public bool IsRetryShouldHandle(AssignmentExpressionSyntax assignment, SemanticModel semanticModel, CancellationToken cancellationToken)
        => retryStrategyOptions is not null
           && SyntaxNames.LastName(assignment.Left) == WellKnownMemberNames.ShouldHandle
           && semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol property
           && SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, retryStrategyOptions);

    /// <summary>The SDK invokers' <c>WithRetry</c>.</summary>
    public bool IsSdkWithRetry(IMethodSymbol method) => sdk.IsWithRetry(method);

    /// <summary>The declarations a retry decision may be named on: methods, local functions, properties, initialized variables.</summary>
    public static readonly SyntaxKind[] NamedDecisionKinds = { SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement, SyntaxKind.PropertyDeclaration, SyntaxKind.VariableDeclarator };

    /// <summary>Whether <paramref name="declaration"/>, one of <see cref="NamedDecisionKinds"/>, is named as a retry decision.</summary>
    public bool IsNamedDecision(SyntaxNode declaration)
    {
        var identifier = declaration switch
        {
            MethodDeclarationSyntax method => method.Identifier,
            LocalFunctionStatementSyntax localFunction => localFunction.Identifier,
            PropertyDeclarationSyntax property => property.Identifier,
            VariableDeclaratorSyntax { Initializer: not null } variable => variable.Identifier,
            _ => default,
        };
        return identifier.ValueText.Length > 0 && IsRetryDecisionName(identifier.ValueText, declaration.SyntaxTree);
    }

    /// <summary>
    /// Whether a member or local named <paramref name="name"/> is a retry decision: it says Retry, Retriable,
    /// Retryable or Transient (not NonRetryable, NotTransient, …), or a word listed in retry_method_names.
    /// </summary>
    public bool IsRetryDecisionName(string name, SyntaxTree tree)
    {
        // Asked of every method, property and initialized variable: an ASCII search, no culture, no allocation.
        foreach (var word in RetryWords)
        {
            var index = IndexOfAsciiIgnoreCase(name, word);
            if (index >= 0)
            {
                return !IsNegated(name, index);
            }
        }

        return retryNamesConfigured && Lists.HasWordOf(tree, KmsOptions.RetryMethodNames, name);
    }

    /// <summary>Whether a retry on <paramref name="code"/> can succeed: the team's options say so, or else the catalog does.</summary>
    public bool IsTransient(string code, SyntaxTree tree)
        => !Lists.Contains(tree, KmsOptions.NonTransientCodes, code)
           && (Kms.ErrorCodes.KmsErrorCatalog.IsTransient(code) || Lists.Contains(tree, KmsOptions.AdditionalTransientCodes, code));

    /// <summary>Where a lower-case <paramref name="word"/> starts in <paramref name="text"/>, ignoring ASCII case; -1 if nowhere.</summary>
    private static int IndexOfAsciiIgnoreCase(string text, string word)
    {
        for (var start = 0; start <= text.Length - word.Length; start++)
        {
            var matched = 0;
            while (matched < word.Length && (text[start + matched] | 0x20) == word[matched])
            {
                matched++;
            }

            if (matched == word.Length)
            {
                return start;
            }
        }

        return -1;
    }

    private static bool IsNegated(string name, int wordIndex)
    {
        var prefix = name.Substring(0, wordIndex).Replace("_", string.Empty);
        foreach (var negation in NegatingPrefixes)
        {
            if (prefix.EndsWith(negation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
