namespace Kms.Analyzers;

/// <summary>
/// Recognises text shaped like a KMS error code: <c>KMS</c> in any case, an optional <c>.</c>, <c>-</c>,
/// <c>_</c> or space, then 3 or 4 digits. Runs on every string literal, so it allocates only on a match.
/// </summary>
internal static class ErrorCodeShape
{
    private const int ShortestCode = 6; // "KMS205"
    private const int LongestCode = 8;  // "KMS.0205"

    /// <summary>
    /// Whether <paramref name="text"/> is code-shaped; <paramref name="code"/> is then its canonical
    /// spelling (<c>KMS.0205</c>), the same instance when <paramref name="text"/> is already canonical.
    /// </summary>
    public static bool TryNormalize(string text, out string code)
    {
        code = text;
        var length = text.Length;
        if (length < ShortestCode || length > LongestCode
            || (text[0] | 0x20) != 'k' || (text[1] | 0x20) != 'm' || (text[2] | 0x20) != 's')
        {
            return false;
        }

        var digitsStart = IsSeparator(text[3]) ? 4 : 3;
        var digitCount = length - digitsStart;
        if (digitCount != 3 && digitCount != 4)
        {
            return false;
        }

        for (var i = digitsStart; i < length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        if (!IsCanonical(text))
        {
            code = (digitCount == 3 ? "KMS.0" : "KMS.") + text.Substring(digitsStart);
        }

        return true;
    }

    /// <summary>Whether a code-shaped text is spelled as the service spells codes: <c>KMS.</c> and 4 digits.</summary>
    public static bool IsCanonical(string text)
        => text.Length == LongestCode && text[0] == 'K' && text[1] == 'M' && text[2] == 'S' && text[3] == '.';

    private static bool IsSeparator(char c) => c == '.' || c == '-' || c == '_' || c == ' ';
}
