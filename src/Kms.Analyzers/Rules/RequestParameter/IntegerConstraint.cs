using System.Globalization;

namespace Kms.Analyzers;

/// <summary>An integer in a range, optionally a multiple of a step; values outside have a nearest valid value.</summary>
internal sealed class IntegerConstraint : ParameterConstraint
{
    private readonly Limit min;
    private readonly Limit max;
    private readonly long multiple;

    public IntegerConstraint(Limit min, Limit max, Limit multiple, bool plainDigits = false)
    {
        this.min = min;
        this.max = max;
        this.multiple = multiple.Exists ? multiple.Value : 1;
        PlainDigits = plainDigits;
    }

    /// <summary>Whether a text value must be plain decimal digits (<c>^[1-5]$</c>: "03" and "+3" are rejected).</summary>
    private bool PlainDigits { get; }

    private long Min => min.Value;

    public override string Accepted
        => min.Exists && max.Exists && min.Value == max.Value ? "exactly " + min
            : !max.Exists ? "an integer of at least " + min
            : (PlainDigits ? "one of the digits " : "an integer from ") + min + " to " + max + (multiple > 1 ? ", a multiple of " + multiple.ToString(CultureInfo.InvariantCulture) : string.Empty);

    private bool IsValid(long value) => value >= min.Value && (!max.Exists || value <= max.Value) && value % multiple == 0;

    /// <summary>Whether <paramref name="text"/> is written as this constraint requires, once its number is valid.</summary>
    private bool IsWrittenAsAccepted(string text, long value)
        => !PlainDigits || text == value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The accepted value closest to <paramref name="value"/>; halfway between two multiples, the larger.</summary>
    private long Nearest(long value)
    {
        var clamped = value < min.Value ? min.Value : max.Exists && value > max.Value ? max.Value : value;
        var lower = clamped - (clamped % multiple);
        var upper = lower + multiple;
        var nearest = clamped - lower < upper - clamped ? lower : upper;
        return max.Exists && nearest > max.Value ? lower : nearest < min.Value ? upper : nearest;
    }

    /// <summary>The <c>KmsLimits</c> constant whose value is <paramref name="value"/>, if one is.</summary>
    private string? LimitsConstantFor(long value) => value == min.Value ? min.Constant : max.Exists && value == max.Value ? max.Constant : null;

    public override bool Judges(ConstantParameterValue value) => value.Kind is ConstantKind.Integer or ConstantKind.Text;

    /// <summary>
    /// A number, or a string of one: rejected outside the range, and a string not written as the row requires. The
    /// replacement is the nearest accepted value in the value's own form (<c>"7"</c>, <c>7</c>, <c>7L</c>).
    /// </summary>
    public override ParameterVerdict? Judge(ConstantParameterValue value, SdkEnumClassUse? enumClass)
    {
        var carriesText = value.Kind == ConstantKind.Text;
        var number = value.Integer;
        if (carriesText && !long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return new ParameterVerdict(Quote(value.Text));
        }

        if (IsValid(number) && (!carriesText || IsWrittenAsAccepted(value.Text, number)))
        {
            return null;
        }

        var nearest = IsValid(number) ? number : Nearest(number);
        var nearestText = nearest.ToString(CultureInfo.InvariantCulture);
        var replacement = carriesText ? "\"" + nearestText + "\""
            : value.Carrier.Type?.SpecialType == Microsoft.CodeAnalysis.SpecialType.System_Int64 ? nearestText + "L"
            : nearestText;
        var limit = LimitsConstantFor(nearest) is { } constant && (!carriesText || value.CarrierIsConstantReference)
            ? (carriesText ? constant + ".ToString(System.Globalization.CultureInfo.InvariantCulture)" : constant)
            : null;

        // "03" for a value written as plain digits: quoted, so the leading zero or sign shows.
        var shown = !carriesText ? number.ToString(CultureInfo.InvariantCulture) : nearest == number ? Quote(value.Text) : value.Text;
        return new ParameterVerdict(shown, new[] { replacement }) { LimitsMember = limit, BelowMin = number < Min };
    }
}
