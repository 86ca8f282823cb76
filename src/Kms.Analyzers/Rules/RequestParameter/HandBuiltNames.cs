using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>The JSON names a dictionary or JSON object is given key by key: in its initializer and by <c>Add</c> or an indexer.</summary>
internal static class HandBuiltNames
{
    /// <summary>The literal keys of an initializer: <c>{ ["pending_days"] = 3 }</c>, <c>{ { "pending_days", 3 } }</c>.</summary>
    public static void AddKeys(InitializerExpressionSyntax? initializer, List<string> names)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var element in initializer.Expressions)
        {
            var key = element switch
            {
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } indexArguments } } => indexArguments[0].Expression,
                InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression, Expressions: { Count: 2 } addArguments } => addArguments[0],
                _ => null,
            };
            AddLiteral(key, names);
        }
    }

    /// <summary>
    /// The keys <paramref name="holder"/> is given in <paramref name="scope"/>: <c>holder.Add("k", v)</c>,
    /// <c>holder["k"] = v</c>, and, for a local, its initializer's.
    /// </summary>
    public static void AddKeysOf(ISymbol holder, SyntaxNode scope, SemanticModel model, List<string> names, CancellationToken cancellationToken)
    {
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: var receiver }, ArgumentList.Arguments: { Count: 2 } arguments }
                    when Is(receiver, holder, model, cancellationToken):
                    AddLiteral(arguments[0].Expression, names);
                    break;
                case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: var receiver, ArgumentList.Arguments: { Count: 1 } arguments } }
                    when Is(receiver, holder, model, cancellationToken):
                    AddLiteral(arguments[0].Expression, names);
                    break;
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax { Initializer: var initializer } } declarator
                    when declarator.Identifier.ValueText == holder.Name && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), holder):
                    AddKeys(initializer, names);
                    break;
            }
        }
    }

    private static bool Is(ExpressionSyntax receiver, ISymbol holder, SemanticModel model, CancellationToken cancellationToken)
        => SyntaxNames.LastName(receiver) == holder.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(receiver, cancellationToken).Symbol, holder);

    private static void AddLiteral(ExpressionSyntax? key, List<string> names)
    {
        if (key is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && !names.Contains(literal.Token.ValueText))
        {
            names.Add(literal.Token.ValueText);
        }
    }
}
