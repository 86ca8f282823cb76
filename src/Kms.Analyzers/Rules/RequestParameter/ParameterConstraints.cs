using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

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

/// <summary>What a request parameter accepts.</summary>
internal abstract class ParameterConstraint
{
    /// <summary>What is accepted, for the message: "an integer from 7 to 1096".</summary>
    public abstract string Accepted { get; }
}

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
    public bool PlainDigits { get; }

    public long Min => min.Value;

    public override string Accepted
        => min.Exists && max.Exists && min.Value == max.Value ? "exactly " + min
            : !max.Exists ? "an integer of at least " + min
            : (PlainDigits ? "one of the digits " : "an integer from ") + min + " to " + max + (multiple > 1 ? ", a multiple of " + multiple.ToString(CultureInfo.InvariantCulture) : string.Empty);

    public bool IsValid(long value) => value >= min.Value && (!max.Exists || value <= max.Value) && value % multiple == 0;

    /// <summary>Whether <paramref name="text"/> is written as this constraint requires, once its number is valid.</summary>
    public bool IsWrittenAsAccepted(string text, long value)
        => !PlainDigits || text == value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The accepted value closest to <paramref name="value"/>; halfway between two multiples, the larger.</summary>
    public long Nearest(long value)
    {
        var clamped = value < min.Value ? min.Value : max.Exists && value > max.Value ? max.Value : value;
        var lower = clamped - (clamped % multiple);
        var upper = lower + multiple;
        var nearest = clamped - lower < upper - clamped ? lower : upper;
        return max.Exists && nearest > max.Value ? lower : nearest < min.Value ? upper : nearest;
    }

    /// <summary>The <c>KmsLimits</c> constant whose value is <paramref name="value"/>, if one is.</summary>
    public string? LimitsConstantFor(long value) => value == min.Value ? min.Constant : max.Exists && value == max.Value ? max.Constant : null;
}

/// <summary>
/// A string of bounded length in Unicode characters (a surrogate pair is one) or in UTF-8 bytes, optionally of given
/// characters and not ending in a reserved suffix. No fix: there is no nearest text.
/// </summary>
internal sealed class TextConstraint : ParameterConstraint
{
    private readonly Limit minLength;
    private readonly Limit maxLength;
    private readonly string? charactersPattern;
    private readonly string? charactersDescription;
    private Regex? characters; // built for the first text checked: the gate reads this table's names for every build
    private readonly string? forbiddenSuffix;
    private readonly bool countsUtf8Bytes;

    public TextConstraint(Limit minLength, Limit maxLength, string? characterClass, string? charactersDescription, string? forbiddenSuffix, bool countsUtf8Bytes = false)
    {
        this.countsUtf8Bytes = countsUtf8Bytes;
        this.minLength = minLength;
        this.maxLength = maxLength;
        charactersPattern = characterClass is null ? null : "^" + characterClass + "*$";
        this.charactersDescription = charactersDescription;
        this.forbiddenSuffix = forbiddenSuffix;
    }

    public override string Accepted
    {
        get
        {
            var length = minLength.Value == maxLength.Value ? "exactly " + maxLength
                : minLength.Value == 0 ? "at most " + maxLength
                : minLength + " to " + maxLength;
            return length + (countsUtf8Bytes ? " bytes of UTF-8" : " characters")
                + (charactersDescription is null ? string.Empty : " of " + charactersDescription)
                + (forbiddenSuffix is null ? string.Empty : ", not ending in '" + forbiddenSuffix + "'");
        }
    }

    public bool IsValid(string text)
    {
        var length = countsUtf8Bytes ? System.Text.Encoding.UTF8.GetByteCount(text) : CharacterCount(text);
        return length >= minLength.Value
               && length <= maxLength.Value
               && (charactersPattern is null || (characters ??= new Regex(charactersPattern, RegexOptions.CultureInvariant)).IsMatch(text))
               && (forbiddenSuffix is null || !text.EndsWith(forbiddenSuffix, System.StringComparison.Ordinal));
    }

    /// <summary>Unicode characters, as the API counts them: a surrogate pair (an emoji) is one.</summary>
    private static int CharacterCount(string text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}

/// <summary>The operations of a grant: a list that holds only <c>create-grant</c> is rejected.</summary>
internal sealed class OperationsConstraint : ParameterConstraint
{
    private const string CreateGrant = "create-grant";

    public override string Accepted => "at least one operation besides " + CreateGrant;

    public bool IsValid(IReadOnlyList<string> operations)
    {
        foreach (var operation in operations)
        {
            if (operation != CreateGrant)
            {
                return true;
            }
        }

        return operations.Count == 0;
    }
}

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

    public bool IsValid(string value)
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
    public List<string> Nearest(string value)
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
}

/// <summary>A list of at most so many elements (ListKmsByTags: at most 10 tags), counted where the list is written.</summary>
internal sealed class ItemCountConstraint : ParameterConstraint
{
    private readonly Limit max;

    public ItemCountConstraint(Limit max) => this.max = max;

    public override string Accepted => "at most " + max + " elements";

    public bool IsValid(int count) => count <= max.Value;
}
