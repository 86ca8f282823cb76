using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// A compile-time constant given to a request parameter, and the expression that carries it (the literal,
/// the <c>const</c> reference, the receiver of <c>N.ToString()</c>): where the squiggle goes and what a fix replaces.
/// </summary>
internal sealed class ConstantParameterValue
{
    private ConstantParameterValue(ConstantKind kind, long integer, string text, IReadOnlyList<string> items, IOperation carrier)
    {
        Kind = kind;
        Integer = integer;
        Text = text;
        Items = items;
        Carrier = carrier;
    }

    public ConstantKind Kind { get; }

    public long Integer { get; }

    public string Text { get; }

    public IReadOnlyList<string> Items { get; }

    public IOperation Carrier { get; }

    /// <summary>Whether the carrier names a <c>const</c> rather than spelling the value: a fix must not rewrite it silently.</summary>
    public bool CarrierIsConstantReference
        => Carrier is IFieldReferenceOperation { Field.IsConst: true } or ILocalReferenceOperation { Local.IsConst: true };

    /// <summary>
    /// Whether <see cref="From"/> could find a constant in <paramref name="value"/>, by operation kind alone:
    /// asking every assigned value for its ConstantValue would cost more than the rest of the rule.
    /// </summary>
    public static bool MayBe(IOperation value)
        => SkipConversions(value) is ILiteralOperation
            or IUnaryOperation
            or IBinaryOperation
            or IFieldReferenceOperation { Field.IsConst: true }
            or ILocalReferenceOperation { Local.IsConst: true }
            or IDefaultValueOperation
            or ISizeOfOperation
            or INameOfOperation
            or IInterpolatedStringOperation
            or IConditionalOperation
            or IInvocationOperation { TargetMethod.Name: nameof(ToString) }
            or IObjectCreationOperation { Initializer: not null }
            or IArrayCreationOperation { Initializer: not null }
            or { Syntax: CollectionExpressionSyntax };

    /// <summary>
    /// Whether <paramref name="value"/> may carry a constant, judged by its syntax alone, before any operation is asked
    /// for: a call (other than <c>ToString</c>), <c>?.</c>, <c>await</c>, a lambda, an indexer, <c>this</c> or a
    /// creation without an initializer never does.
    /// </summary>
    public static bool MayBe(ExpressionSyntax value)
        => value switch
        {
            InvocationExpressionSyntax invocation => SyntaxNames.LastName(invocation.Expression) == nameof(ToString),
            BaseObjectCreationExpressionSyntax creation => creation.Initializer is not null,
            ConditionalAccessExpressionSyntax or AwaitExpressionSyntax or AnonymousFunctionExpressionSyntax
                or ElementAccessExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax or TypeOfExpressionSyntax => false,
            _ => true,
        };

    /// <summary>The constant <paramref name="value"/> evaluates to, or null when it is not a constant.</summary>
    public static ConstantParameterValue? From(IOperation value)
    {
        var operation = SkipConversions(value);

        // <const>.ToString() and <const>.ToString(CultureInfo.InvariantCulture): the number is the value.
        if (operation is IInvocationOperation { TargetMethod.Name: nameof(ToString), Instance: { } receiver } toString && IsInvariantToString(toString))
        {
            var number = SkipConversions(receiver);
            return number.ConstantValue.HasValue && TryGetInteger(number.ConstantValue.Value, out var integer)
                ? new ConstantParameterValue(ConstantKind.Integer, integer, string.Empty, System.Array.Empty<string>(), number)
                : null;
        }

        if (operation.ConstantValue.HasValue)
        {
            var constant = operation.ConstantValue.Value;
            if (constant is string text)
            {
                return new ConstantParameterValue(ConstantKind.Text, 0, text, System.Array.Empty<string>(), operation);
            }

            return TryGetInteger(constant, out var integer)
                ? new ConstantParameterValue(ConstantKind.Integer, integer, string.Empty, System.Array.Empty<string>(), operation)
                : null;
        }

        return TryGetConstantStrings(operation, out var items)
            ? new ConstantParameterValue(ConstantKind.TextList, 0, string.Empty, items, operation)
            : null;
    }

    /// <summary>How many elements a list written in place holds (<c>new List&lt;Tag&gt; { a, b }</c>, <c>new[] { a }</c>, <c>[a, b]</c>); null when that is not known.</summary>
    public static ConstantParameterValue? CountElements(IOperation value)
    {
        var operation = SkipConversions(value);
        int count;
        switch (operation)
        {
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.Initializers)
                {
                    if (element is not IInvocationOperation)
                    {
                        return null; // an object initializer ({ Capacity = 20 }) sets members, not elements
                    }
                }

                count = initializer.Initializers.Length;
                break;

            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                count = arrayInitializer.ElementValues.Length;
                break;

            case { Syntax: CollectionExpressionSyntax collection }:
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax)
                    {
                        return null; // a spread (..others) holds an unknown number
                    }
                }

                count = collection.Elements.Count;
                break;

            default:
                return null;
        }

        return new ConstantParameterValue(ConstantKind.ElementCount, count, string.Empty, System.Array.Empty<string>(), operation);
    }

    private static IOperation SkipConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool IsInvariantToString(IInvocationOperation toString)
        => toString.Arguments.Length == 0
           || (toString.Arguments.Length == 1
               && SkipConversions(toString.Arguments[0].Value) is IPropertyReferenceOperation { Property.Name: "InvariantCulture", Property.ContainingType.Name: "CultureInfo" });

    private static bool TryGetInteger(object? constant, out long integer)
    {
        switch (constant)
        {
            case int value:
                integer = value;
                return true;
            case long value:
                integer = value;
                return true;
            case short value:
                integer = value;
                return true;
            case byte value:
                integer = value;
                return true;
            case uint value:
                integer = value;
                return true;
            default:
                integer = 0;
                return false;
        }
    }

    /// <summary>A list, array or collection expression whose elements are all constant strings.</summary>
    private static bool TryGetConstantStrings(IOperation operation, out List<string> items)
    {
        items = new List<string>();
        switch (operation)
        {
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.Initializers)
                {
                    if (element is not IInvocationOperation { Arguments.Length: 1 } add || !TryAddString(add.Arguments[0].Value, items))
                    {
                        return false;
                    }
                }

                return true;

            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                foreach (var element in arrayInitializer.ElementValues)
                {
                    if (!TryAddString(element, items))
                    {
                        return false;
                    }
                }

                return true;

            // Collection expressions have no IOperation of their own in Roslyn 4.8: read their syntax.
            case { Syntax: CollectionExpressionSyntax collection, SemanticModel: { } semanticModel }:
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: { } expression }
                        || semanticModel.GetConstantValue(expression) is not { HasValue: true, Value: string text })
                    {
                        return false;
                    }

                    items.Add(text);
                }

                return true;

            default:
                return false;
        }
    }

    private static bool TryAddString(IOperation element, List<string> items)
    {
        if (SkipConversions(element).ConstantValue is { HasValue: true, Value: string text })
        {
            items.Add(text);
            return true;
        }

        return false;
    }
}
