using System.Collections.Generic;
using System.Globalization;

namespace Kms.Analyzers;

/// <summary>
/// One of a documented set of values, compared exactly (<c>"aes256"</c> is not <c>AES_256</c>). A rejected value has
/// nearest accepted values: the same letters and digits in another case or with other separators first, then the
/// closest by edit distance.
/// </summary>
internal sealed class EnumConstraint : ParameterConstraint
{
    private const int MaxSuggestions = 3;

    public EnumConstraint(string[] values) => Values = values;

    public IReadOnlyList<string> Values { get; }

    public override string Accepted => "one of " + string.Join(", ", Values);

    private bool IsValid(string value)
    {
        foreach (var accepted in Values)
        {
            if (accepted == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Up to three accepted values nearest to <paramref name="value"/>, nearest first; none when all are far.</summary>
    private List<string> Nearest(string value)
    {
        var key = Letters(value);
        var limit = key.Length / 2 > 2 ? key.Length / 2 : 2;
        var candidates = new List<(int Distance, int Order, string Value)>();
        for (var order = 0; order < Values.Count; order++)
        {
            var distance = EditDistance.Between(key, Letters(Values[order]));
            if (distance <= limit)
            {
                candidates.Add((distance, order, Values[order]));
            }
        }

        candidates.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Order.CompareTo(b.Order));
        var nearest = new List<string>(MaxSuggestions);
        for (var i = 0; i < candidates.Count && i < MaxSuggestions; i++)
        {
            nearest.Add(candidates[i].Value);
        }

        return nearest;
    }

    /// <summary>The letters and digits of <paramref name="value"/>, upper case: "aes-256" and "AES_256" are one key.</summary>
    private static string Letters(string value)
    {
        var letters = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToUpperInvariant(c));
            }
        }

        return letters.ToString();
    }

    public override bool Judges(ConstantParameterValue value) => EnumText(value) is not null;

    /// <summary>
    /// A value the set does not hold, or one <c>FromValue</c> has no member for. Replacements are the nearest
    /// documented values, as literals or, for an SDK enum class, as its static members.
    /// </summary>
    public override ParameterVerdict? Judge(ConstantParameterValue value, SdkEnumClassUse? enumClass)
    {
        var text = EnumText(value)!;
        var fromValue = enumClass is { IsFromValue: true };
        if (IsValid(text) && !(fromValue && enumClass!.MemberFor(text) is null))
        {
            return null;
        }

        var nearestValues = Nearest(text);
        var replacements = new List<string>();
        var replacesExpression = false;
        if (enumClass is not null && (fromValue || (nearestValues.Count > 0 && enumClass.MemberFor(nearestValues[0]) is not null)))
        {
            foreach (var nearest in nearestValues)
            {
                if (enumClass.MemberFor(nearest) is { } member)
                {
                    replacements.Add(enumClass.ShownTypeName + "." + member);
                }
            }

            replacesExpression = replacements.Count > 0;
        }

        if (replacements.Count == 0 && !fromValue)
        {
            foreach (var nearest in nearestValues)
            {
                replacements.Add(value.Kind == ConstantKind.Text ? "\"" + nearest + "\"" : nearest);
            }
        }

        var verdict = new ParameterVerdict(value.Kind == ConstantKind.Text ? Quote(text) : text, replacements) { ReplaceSpan = replacesExpression ? enumClass!.Node.Span : null };
        if (fromValue)
        {
            var known = new List<string>();
            foreach (var accepted in Values)
            {
                if (enumClass!.MemberFor(accepted) is not null)
                {
                    known.Add(accepted);
                }
            }

            verdict.UnknownToFromValueOf = enumClass!.Type.Name;
            verdict.Accepted = "one of " + string.Join(", ", known);
        }

        return verdict;
    }

    /// <summary>The value an enum parameter compares: a string, or a number as the SDK's numeric enum classes hold it.</summary>
    private static string? EnumText(ConstantParameterValue value)
        => value.Kind == ConstantKind.Text ? value.Text
            : value.Kind == ConstantKind.Integer ? value.Integer.ToString(CultureInfo.InvariantCulture)
            : null;
}
