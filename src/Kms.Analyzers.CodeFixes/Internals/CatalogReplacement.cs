using Microsoft.CodeAnalysis.Text;

namespace Kms.Analyzers;

/// <summary>One replacement: an expression by <c>CatalogType.Member…</c> (a type of Kms.ErrorCodes), or by a plain expression when <c>CatalogType</c> is null.</summary>
internal readonly struct CatalogReplacement
{
    public CatalogReplacement(TextSpan span, string? catalogType, string expression, string prefix = "")
    {
        Span = span;
        CatalogType = catalogType;
        Expression = expression;
        Prefix = prefix;
    }

    /// <summary>What stands before the type name, such as <c>!</c>.</summary>
    public string Prefix { get; }

    public TextSpan Span { get; }

    /// <summary><c>KmsErrorCodes</c>, <c>KmsLimits</c>, or null for a plain expression such as a literal.</summary>
    public string? CatalogType { get; }

    /// <summary>The member and what follows it (<c>InvalidKeyId</c>, <c>PendingDaysMin.ToString(…)</c>), or the plain expression.</summary>
    public string Expression { get; }
}
