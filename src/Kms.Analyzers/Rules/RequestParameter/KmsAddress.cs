using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// An address a request is sent to, read from constants, interpolations (holes read as <c>{}</c>),
/// concatenations, <c>new Uri(…)</c> or a local's initializer, and the KMS operations its path names.
/// </summary>
internal sealed class KmsAddress
{
    public const string KmsSegment = "/kms/";
    private const string Hole = "{}";
    private const int MaxDepth = 3;

    private KmsAddress(IReadOnlyList<RequestOperation> operations) => Operations = operations;

    /// <summary>The operations whose path the address matches; empty where it names KMS but no operation (<c>kms/{op}</c>).</summary>
    public IReadOnlyList<RequestOperation> Operations { get; }

    /// <summary>The text of an address (holes as <c>{}</c>), or null where <paramref name="expression"/> cannot be read.</summary>
    public static string? ReadText(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        => Text(expression, model, 0, cancellationToken);

    /// <summary>The operations a text names, or null where it names no KMS address.</summary>
    public static KmsAddress? Match(string text)
    {
        var query = text.IndexOfAny(new[] { '?', '#' });
        var path = query < 0 ? text : text.Substring(0, query);
        var segments = path.Split('/');
        var kms = Array.IndexOf(segments, "kms");
        var operations = new List<RequestOperation>();
        foreach (var operation in RequestOperations.All)
        {
            if (operation.PathAfterKms.Length > 0
                && (kms >= 0 ? EndsWith(segments, kms + 1, operation.PathAfterKms, exact: true)
                    : operation.PathAlone && EndsWith(segments, 0, operation.PathAfterKms, exact: false)))
            {
                operations.Add(operation);
            }
        }

        return operations.Count > 0 || kms >= 0 || NamesKmsHost(segments) ? new KmsAddress(operations) : null;
    }

    /// <summary>
    /// Whether the segments from <paramref name="start"/> are (<paramref name="exact"/>) or end with
    /// <paramref name="path"/>. <c>{key_id}</c> takes any segment; a hole does so only after <c>kms</c>.
    /// </summary>
    private static bool EndsWith(string[] segments, int start, string[] path, bool exact)
    {
        var count = segments.Length - start;
        if (count > 0 && segments[segments.Length - 1].Length == 0)
        {
            count--; // a trailing slash
        }

        if (exact ? count != path.Length : count < path.Length)
        {
            return false;
        }

        var offset = start + count - path.Length;
        for (var i = 0; i < path.Length; i++)
        {
            var segment = segments[offset + i];
            var placeholder = path[i].StartsWith("{", StringComparison.Ordinal);
            if (segment == Hole ? !exact : segment != path[i] && !(placeholder && segment.Length > 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>https://kms.{region}.myhuaweicloud.com</c>: the host of KMS's endpoints.</summary>
    private static bool NamesKmsHost(string[] segments)
    {
        foreach (var segment in segments)
        {
            if (segment.StartsWith("kms.", StringComparison.Ordinal) && segment.IndexOf("huaweicloud", StringComparison.Ordinal) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Text(ExpressionSyntax expression, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case InterpolatedStringExpressionSyntax interpolated:
                var text = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    text.Append(content is InterpolatedStringTextSyntax part ? part.TextToken.ValueText
                        : Text(((InterpolationSyntax)content).Expression, model, depth + 1, cancellationToken) ?? Hole);
                }

                return text.ToString();
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return (Text(binary.Left, model, depth + 1, cancellationToken) ?? Hole) + (Text(binary.Right, model, depth + 1, cancellationToken) ?? Hole);
            case ParenthesizedExpressionSyntax parenthesized:
                return Text(parenthesized.Expression, model, depth, cancellationToken);
            case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } creation when SyntaxNames.LastName(creation.Type) == "Uri":
                var uri = Text(arguments[0].Expression, model, depth + 1, cancellationToken);
                return arguments.Count == 2 && Text(arguments[1].Expression, model, depth + 1, cancellationToken) is { } relative && !relative.StartsWith("{", StringComparison.Ordinal)
                    ? (uri ?? Hole) + "/" + relative
                    : uri;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                if (model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string constant })
                {
                    return constant;
                }

                return model.GetSymbolInfo(expression, cancellationToken).Symbol is ILocalSymbol local
                       && InitializerOf(local, cancellationToken) is { } initializer
                    ? Text(initializer, model, depth + 1, cancellationToken)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The value a local is declared with (<c>var url = …</c>); null where it has none.</summary>
    public static ExpressionSyntax? InitializerOf(ILocalSymbol local, CancellationToken cancellationToken)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value })
            {
                return value;
            }
        }

        return null;
    }
}
