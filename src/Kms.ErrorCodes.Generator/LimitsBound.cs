namespace Kms.ErrorCodes.Generator;

/// <summary>A bound of a row: a number, and the <c>KmsLimits</c> constant that holds it, if any.</summary>
internal sealed class LimitsBound
{
    public LimitsBound(long? value, string? constant)
    {
        Value = value;
        Constant = constant;
    }

    /// <summary>Null until the row that defines <see cref="Constant"/> is read.</summary>
    public long? Value { get; set; }

    public string? Constant { get; }
}
