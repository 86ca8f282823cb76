using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// KMS008's condition for one retried type, and where it goes. For ClientRequestException itself:
/// <c>e.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(e.ErrorCode)</c>; for a broader type, the same on its
/// ClientRequestException only, so 5xx and network errors are retried as before.
/// </summary>
internal sealed class RetryNarrowing
{
    private readonly SemanticModel semanticModel;
    private readonly TypeSyntax type;
    private readonly string catalog;
    private readonly bool retriesClientRequest;

    public RetryNarrowing(SemanticModel semanticModel, TypeSyntax type, string catalog, bool retriesClientRequest)
    {
        this.semanticModel = semanticModel;
        this.type = type;
        this.catalog = catalog;
        this.retriesClientRequest = retriesClientRequest;
    }

    public (SyntaxNode Target, Func<SyntaxNode, SyntaxNode> Rewrite)? Plan(ClientErrorFixShape shape)
    {
        switch (shape)
        {
            case ClientErrorFixShape.HandleArgument when type.Parent?.Parent is GenericNameSyntax name && InvocationOf(name) is { } invocation:
                var parameter = FreeName("e");
                return (invocation.ArgumentList, _ => SyntaxFactory.ParseArgumentList("(" + parameter + " => " + Condition(parameter) + ")").WithTriviaFrom(invocation.ArgumentList));

            case ClientErrorFixShape.TypeTest when type.Parent is ExpressionSyntax or PatternSyntax:
                return TypeTest(type.Parent is PatternSyntax ? type.Parent.Parent : type.Parent);

            case ClientErrorFixShape.SwitchArm when type.Parent is PatternSyntax pattern && pattern.FirstAncestorOrSelf<SwitchExpressionArmSyntax>() is { } arm:
                return (arm, rewritten => SwitchArm((SwitchExpressionArmSyntax)rewritten, pattern, arm));

            case ClientErrorFixShape.CatchFilter when type.Parent is CatchDeclarationSyntax { Parent: CatchClauseSyntax catchClause }:
                return (catchClause, rewritten => CatchFilter((CatchClauseSyntax)rewritten));

            default:
                return null;
        }
    }

    /// <summary><c>x is T</c> becomes <c>x is T d &amp;&amp; (…d…)</c>, or for a broader type <c>x is T &amp;&amp; (…x…)</c>.</summary>
    private (SyntaxNode, Func<SyntaxNode, SyntaxNode>)? TypeTest(SyntaxNode? test)
    {
        var (value, designation) = test switch
        {
            BinaryExpressionSyntax isType => (isType.Left, (string?)null),
            IsPatternExpressionSyntax { Pattern: DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax named } } isPattern => (isPattern.Expression, named.Identifier.ValueText),
            IsPatternExpressionSyntax { Pattern: TypePatternSyntax or ConstantPatternSyntax or RecursivePatternSyntax } isPattern => (isPattern.Expression, null),
            _ => (null, null),
        };
        if (test is not ExpressionSyntax expression || value is null || (designation is null && !retriesClientRequest && !IsPlainValue(value)))
        {
            return null;
        }

        var name = designation ?? (retriesClientRequest ? FreeName("clientError") : null);
        var text = value + " is " + type + (name is null ? string.Empty : " " + name)
                   + " && (" + Condition(name ?? value.ToString()) + ")";
        var parenthesize = expression.Parent is not (ArgumentSyntax or ParenthesizedExpressionSyntax or LambdaExpressionSyntax or ReturnStatementSyntax
            or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or IfStatementSyntax);
        return (expression, _ => SyntaxFactory.ParseExpression(parenthesize ? "(" + text + ")" : text).WithTriviaFrom(expression));
    }

    private SyntaxNode SwitchArm(SwitchExpressionArmSyntax rewritten, PatternSyntax pattern, SwitchExpressionArmSyntax original)
    {
        var name = pattern is DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax named }
            ? named.Identifier.ValueText
            : FreeName(retriesClientRequest ? "clientError" : "error");
        var declared = ((IsPatternExpressionSyntax)SyntaxFactory.ParseExpression("_ is " + type + " " + name)).Pattern;
        var offset = pattern.SpanStart - original.SpanStart;
        var current = rewritten.FindNode(new Microsoft.CodeAnalysis.Text.TextSpan(rewritten.SpanStart + offset, pattern.Span.Length), getInnermostNodeForTie: false);
        var withName = rewritten.ReplaceNode(current, declared.WithTriviaFrom(current));
        return withName.WithWhenClause(SyntaxFactory.WhenClause(
            SyntaxFactory.Token(SyntaxKind.WhenKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.ParseExpression(Condition(name)).WithTrailingTrivia(SyntaxFactory.Space)));
    }

    private SyntaxNode CatchFilter(CatchClauseSyntax catchClause)
    {
        var declaration = catchClause.Declaration!;
        var name = declaration.Identifier.ValueText;
        if (name.Length == 0)
        {
            name = FreeName("e");
            declaration = declaration.WithIdentifier(SyntaxFactory.Identifier(SyntaxFactory.TriviaList(SyntaxFactory.Space), name, SyntaxFactory.TriviaList()));
        }

        if (catchClause.Filter is { } filter)
        {
            var combined = SyntaxFactory.ParseExpression("(" + filter.FilterExpression + ") && (" + Condition(name) + ")");
            return catchClause.WithDeclaration(declaration).WithFilter(filter.WithFilterExpression(combined));
        }

        var afterDeclaration = declaration.CloseParenToken.TrailingTrivia;
        var newFilter = SyntaxFactory.CatchFilterClause(
            SyntaxFactory.Token(SyntaxKind.WhenKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.OpenParenToken),
            SyntaxFactory.ParseExpression(Condition(name)),
            SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(afterDeclaration));
        return catchClause
            .WithDeclaration(declaration.WithCloseParenToken(declaration.CloseParenToken.WithTrailingTrivia(SyntaxFactory.Space)))
            .WithFilter(newFilter);
    }

    /// <summary>What may be retried of <paramref name="value"/>: throttling and the catalog's transient codes.</summary>
    private string Condition(string value)
    {
        if (retriesClientRequest)
        {
            return value + ".HttpStatusCode == 429 || " + catalog + ".IsTransient(" + value + ".ErrorCode)";
        }

        var client = FreeName("clientError");
        var isNotClient = ((CSharpParseOptions)type.SyntaxTree.Options).LanguageVersion >= LanguageVersion.CSharp9
            ? value + " is not " + ClientRequestName() + " " + client
            : "!(" + value + " is " + ClientRequestName() + " " + client + ")";
        return isNotClient + " || " + client + ".HttpStatusCode == 429 || " + catalog + ".IsTransient(" + client + ".ErrorCode)";
    }

    private string ClientRequestName()
    {
        var clientRequest = semanticModel.Compilation.GetTypeByMetadataName(WellKnownTypeNames.ClientRequestException);
        var visible = semanticModel.LookupNamespacesAndTypes(type.SpanStart, name: WellKnownTypeNames.ClientRequestExceptionName);
        return visible.Length == 1 && SymbolEqualityComparer.Default.Equals(visible[0], clientRequest)
            ? WellKnownTypeNames.ClientRequestExceptionName
            : "global::" + WellKnownTypeNames.ClientRequestException;
    }

    /// <summary><paramref name="preferred"/>, or it numbered: bound to nothing here, and declared nowhere in the statement, lambda or catch it goes into.</summary>
    private string FreeName(string preferred)
    {
        var scope = type.FirstAncestorOrSelf<SyntaxNode>(node => node is AnonymousFunctionExpressionSyntax or StatementSyntax or CatchClauseSyntax or MemberDeclarationSyntax)
                    ?? type.SyntaxTree.GetRoot();
        for (var suffix = 1; ; suffix++)
        {
            var name = suffix == 1 ? preferred : preferred + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (semanticModel.LookupSymbols(type.SpanStart, name: name).IsEmpty && !Declares(scope, name))
            {
                return name;
            }
        }
    }

    private static bool Declares(SyntaxNode scope, string name)
    {
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A value that can be read twice without effect: a name or a chain of member reads.</summary>
    private static bool IsPlainValue(ExpressionSyntax value)
        => value switch
        {
            IdentifierNameSyntax => true,
            MemberAccessExpressionSyntax member => IsPlainValue(member.Expression),
            _ => false,
        };

    private static InvocationExpressionSyntax? InvocationOf(SyntaxNode genericName)
        => genericName switch
        {
            GenericNameSyntax { Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } member } when member.Name == genericName => invocation,
            GenericNameSyntax { Parent: InvocationExpressionSyntax invocation } => invocation,
            _ => null,
        };
}
