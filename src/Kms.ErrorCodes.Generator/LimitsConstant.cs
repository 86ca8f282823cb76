namespace Kms.ErrorCodes.Generator;

/// <summary>A <c>KmsLimits</c> constant, the row that defines it, and its doc summary (XML).</summary>
internal sealed class LimitsConstant
{
    public LimitsConstant(string name, long value, LimitsRow row, string summary)
    {
        Name = name;
        Value = value;
        Row = row;
        Summary = summary;
    }

    public string Name { get; }

    public long Value { get; }

    public LimitsRow Row { get; }

    public string Summary { get; }
}
