using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Kms.Analyzers;

/// <summary>
/// A constraint's verdict on a value it rejects: how the message shows the value, what may replace it (best
/// first) and, where the SDK rather than KMS decides, the message's wording.
/// </summary>
internal sealed class ParameterVerdict
{
    public ParameterVerdict(string shownValue, IReadOnlyList<string>? replacements = null)
    {
        ShownValue = shownValue;
        Replacements = replacements ?? Array.Empty<string>();
    }

    public string ShownValue { get; }

    /// <summary>Literals in the value's own form, or an SDK enum class's members; the first is Fix All's.</summary>
    public IReadOnlyList<string> Replacements { get; }

    /// <summary>The <c>KmsLimits</c> member that holds the first replacement, offered as a fix of its own.</summary>
    public string? LimitsMember { get; set; }

    /// <summary>The creation or lookup the replacements take the place of, where they replace more than the value.</summary>
    public TextSpan? ReplaceSpan { get; set; }

    /// <summary>Whether the value is below the accepted range (the SDK's WithRetry: it then never retries).</summary>
    public bool BelowMin { get; set; }

    /// <summary>The SDK enum class whose <c>FromValue</c> knows no member for the value, so it returns null.</summary>
    public string? UnknownToFromValueOf { get; set; }

    /// <summary>What is accepted where it is narrower than the constraint's (the values FromValue knows).</summary>
    public string? Accepted { get; set; }
}
