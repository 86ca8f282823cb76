using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>One value a subject is compared with, or searched for in it.</summary>
internal readonly struct ComparedValue
{
    public ComparedValue(ExpressionSyntax value, SyntaxNode check, bool negated, bool isSearch)
    {
        Value = value;
        Check = check;
        Negated = negated;
        IsSearch = isSearch;
    }

    /// <summary>The value compared (a literal, a constant): where a diagnostic goes.</summary>
    public ExpressionSyntax Value { get; }

    /// <summary>The node that compares: <c>==</c>, an Equals / Contains call, an <c>is</c>, a case label, an arm.</summary>
    public SyntaxNode Check { get; }

    /// <summary>A <c>!=</c> or a <c>not</c> pattern.</summary>
    public bool Negated { get; }

    /// <summary>Contains, StartsWith, EndsWith, IndexOf or Regex.IsMatch rather than equality.</summary>
    public bool IsSearch { get; }
}
