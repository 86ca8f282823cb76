using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// Follows a hand-built object through locals, JSON conversions and <c>HttpRequestMessage.Content</c> to the
/// calls it is passed to, and reads each call's other arguments for a KMS address.
/// </summary>
internal static class BodyFlow
{
    private const int MaxHops = 6;

    public static BodyDestinations Follow(ExpressionSyntax expression, RequestParameterContext parameters, SemanticModel model, CancellationToken cancellationToken)
    {
        var destinations = new BodyDestinations();
        Follow(expression, parameters, model, destinations, 0, cancellationToken);
        return destinations;
    }

    /// <summary>The uses of a local an object is kept in, followed as the object is.</summary>
    public static void FollowLocal(ILocalSymbol local, SyntaxNode scope, RequestParameterContext parameters, SemanticModel model, BodyDestinations destinations, int hops, CancellationToken cancellationToken)
    {
        if (hops > MaxHops)
        {
            return;
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                Follow(identifier, parameters, model, destinations, hops + 1, cancellationToken);
            }
        }
    }

    private static void Follow(ExpressionSyntax expression, RequestParameterContext parameters, SemanticModel model, BodyDestinations destinations, int hops, CancellationToken cancellationToken)
    {
        if (hops > MaxHops)
        {
            return;
        }

        var value = Outermost(expression);
        switch (value.Parent)
        {
            case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: ExpressionSyntax call } } argument:
                Call(call, argument, parameters, model, destinations, hops, cancellationToken);
                break;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                when model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local && ScopeOf(declarator) is { } scope:
                FollowLocal(local, scope, parameters, model, destinations, hops, cancellationToken);
                break;
            case AssignmentExpressionSyntax assignment when assignment.Right == value:
                Assigned(assignment, parameters, model, destinations, hops, cancellationToken);
                break;
            case AnonymousFunctionExpressionSyntax or ReturnStatementSyntax when IsInLambda(value):
                destinations.PassedElsewhere = true; // a handler's result (app.MapGet("/keys", () => new { … })), not a request
                break;
            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access
                when access.Expression == value && access.Name.Identifier.ValueText is "ToString" or "ToJsonString":
                Follow(invocation, parameters, model, destinations, hops + 1, cancellationToken); // a JSON object's text
                break;
        }
    }

    /// <summary><c>Content = body</c> in an <c>HttpRequestMessage</c>'s initializer, <c>request.Content = body</c>, <c>local = body</c>.</summary>
    private static void Assigned(AssignmentExpressionSyntax assignment, RequestParameterContext parameters, SemanticModel model, BodyDestinations destinations, int hops, CancellationToken cancellationToken)
    {
        switch (assignment.Left)
        {
            case IdentifierNameSyntax { Parent: AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } }:
                Call(creation, null, parameters, model, destinations, hops, cancellationToken);
                break;
            case MemberAccessExpressionSyntax { Expression: var receiver }
                when model.GetSymbolInfo(receiver, cancellationToken).Symbol is ILocalSymbol local && ScopeOf(receiver) is { } scope:
                // request.Content = content: the request's own address, then where the request goes.
                if (KmsAddress.InitializerOf(local, cancellationToken) is BaseObjectCreationExpressionSyntax request
                    && ReadAddresses(request, null, model, destinations, cancellationToken) == Addresses.Other)
                {
                    destinations.PassedElsewhere = true;
                }

                FollowLocal(local, scope, parameters, model, destinations, hops, cancellationToken);
                break;
            case IdentifierNameSyntax target
                when model.GetSymbolInfo(target, cancellationToken).Symbol is ILocalSymbol local && ScopeOf(target) is { } scope:
                FollowLocal(local, scope, parameters, model, destinations, hops, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// A call the object is passed to (argument null: a creation whose initializer holds it). A KMS address
    /// makes it KMS's; a converter's result is followed on; any other call sends it elsewhere.
    /// </summary>
    private static void Call(ExpressionSyntax call, ArgumentSyntax? argument, RequestParameterContext parameters, SemanticModel model, BodyDestinations destinations, int hops, CancellationToken cancellationToken)
    {
        var addresses = ReadAddresses(call, argument, model, destinations, cancellationToken);
        if (addresses == Addresses.Kms)
        {
            return;
        }

        var method = model.GetSymbolInfo(call, cancellationToken).Symbol as IMethodSymbol;
        if (method is not null && parameters.IsJsonConverter(method.ContainingType))
        {
            Follow(call, parameters, model, destinations, hops + 1, cancellationToken);
        }
        else if (method is not null && parameters.IsHttpSender(method.ContainingType) && addresses == Addresses.None)
        {
            if (method.MethodKind == MethodKind.Constructor)
            {
                Follow(call, parameters, model, destinations, hops + 1, cancellationToken); // new HttpRequestMessage(…) { Content = … }
            }
        }
        else
        {
            destinations.PassedElsewhere = true;
        }
    }

    private enum Addresses
    {
        None,
        Kms,
        Other,
    }

    /// <summary>Adds the KMS addresses among the call's other arguments and, for a creation, its initializer's values.</summary>
    private static Addresses ReadAddresses(ExpressionSyntax call, ArgumentSyntax? argument, SemanticModel model, BodyDestinations destinations, CancellationToken cancellationToken)
    {
        var found = Addresses.None;
        void Read(ExpressionSyntax expression)
        {
            if (KmsAddress.ReadText(expression, model, cancellationToken) is not { } text)
            {
                return;
            }

            if (KmsAddress.Match(text) is { } address)
            {
                destinations.Add(address);
                found = Addresses.Kms;
            }
            else if (found == Addresses.None)
            {
                found = Addresses.Other;
            }
        }

        var arguments = call switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments ?? default,
            _ => default,
        };
        foreach (var other in arguments)
        {
            if (other != argument)
            {
                Read(other.Expression);
            }
        }

        if (call is BaseObjectCreationExpressionSyntax { Initializer: { } initializer })
        {
            foreach (var member in initializer.Expressions)
            {
                if (member is AssignmentExpressionSyntax { Right: var assigned } && (argument is null || !assigned.Span.Contains(argument.Span)))
                {
                    Read(assigned);
                }
            }
        }

        return found;
    }

    private static ExpressionSyntax Outermost(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or AwaitExpressionSyntax
               or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }
               or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression })
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression;
    }

    private static bool IsInLambda(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax:
                    return true;
                case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The member, local function or lambda body a local's uses are read in.</summary>
    public static SyntaxNode? ScopeOf(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax
                or GlobalStatementSyntax or CompilationUnitSyntax)
            {
                return current is GlobalStatementSyntax ? current.Parent : current;
            }
        }

        return null;
    }
}
