using System.Globalization;

namespace Kms.Analyzers;

/// <summary>A bound of a constraint: a number and the <c>KmsLimits</c> constant that holds it, or no bound.</summary>
internal readonly struct Limit
{
    private Limit(long value, string? constant, bool exists)
    {
        Value = value;
        Constant = constant;
        Exists = exists;
    }

    public static Limit None => default;

    public long Value { get; }

    /// <summary>The <c>KmsLimits</c> member that holds <see cref="Value"/>; null for a bare number.</summary>
    public string? Constant { get; }

    public bool Exists { get; }

    public static Limit Of(long value, string? constant = null) => new(value, constant, exists: true);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
