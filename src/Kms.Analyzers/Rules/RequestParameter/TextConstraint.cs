using System.Text.RegularExpressions;

namespace Kms.Analyzers;

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
    private Regex? characters; // built for the first text checked, not for every row at the table's start
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

    private bool IsValid(string text)
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

    public override bool Judges(ConstantParameterValue value) => value.Kind == ConstantKind.Text;

    /// <summary>A text outside the length, characters or suffix; no replacement: there is no nearest text.</summary>
    public override ParameterVerdict? Judge(ConstantParameterValue value, SdkEnumClassUse? enumClass)
        => IsValid(value.Text) ? null : new ParameterVerdict(Quote(value.Text));
}
