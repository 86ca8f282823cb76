using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// Decides once per hand-built object whether it is a KMS body, and of which operation: it is sent to a KMS
/// address, or all its names are one operation's, one is distinctive and it goes nowhere else.
/// </summary>
internal static class RequestBodyEvidence
{
    /// <summary>The body <paramref name="creation"/> makes, followed to where it goes.</summary>
    public static RequestBody? Of(ExpressionSyntax creation, IReadOnlyList<string> names, RequestParameterContext parameters, SemanticModel model, CancellationToken cancellationToken)
        => Decide(names, BodyFlow.Follow(creation, parameters, model, cancellationToken));

    /// <summary>The body kept in <paramref name="holder"/> and filled member by member, followed from its uses.</summary>
    public static RequestBody? OfLocal(ILocalSymbol holder, SyntaxNode scope, IReadOnlyList<string> names, RequestParameterContext parameters, SemanticModel model, CancellationToken cancellationToken)
    {
        var destinations = new BodyDestinations();
        BodyFlow.FollowLocal(holder, scope, parameters, model, destinations, 0, cancellationToken);
        return Decide(names, destinations);
    }

    private static RequestBody? Decide(IReadOnlyList<string> names, BodyDestinations destinations)
    {
        var fitting = new List<RequestOperation>();
        foreach (var operation in RequestOperations.All)
        {
            if (HasAll(operation, names))
            {
                fitting.Add(operation);
            }
        }

        if (destinations.SentToKms)
        {
            var addressed = destinations.AddressedOperations;
            if (addressed.Count == 0)
            {
                return new RequestBody(fitting);
            }

            var narrowed = new List<RequestOperation>();
            foreach (var operation in addressed)
            {
                if (fitting.Contains(operation))
                {
                    narrowed.Add(operation);
                }
            }

            return new RequestBody(narrowed.Count > 0 ? narrowed : addressed);
        }

        return fitting.Count > 0 && HasDistinctive(names) && !destinations.PassedElsewhere ? new RequestBody(fitting) : null;
    }

    private static bool HasAll(RequestOperation operation, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!operation.HasName(name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDistinctive(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (RequestOperations.IsDistinctive(name))
            {
                return true;
            }
        }

        return false;
    }
}
