using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Kms.Analyzers;

/// <summary>What each <c>kms_analyzers.*</c> option's items must be: KMS007 reports the rest.</summary>
internal static class OptionProblems
{
    private static readonly Regex Code = new(@"^KMS\.[0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex NameWord = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>What is wrong with <paramref name="key"/> = <paramref name="value"/>, one sentence each; none when it is right.</summary>
    public static IEnumerable<string> Problems(string key, string value)
    {
        if (System.Array.IndexOf(KmsOptions.All, key) < 0)
        {
            yield return "it is not an option of Kms.Analyzers; the options are " + string.Join(", ", KmsOptions.All);
            yield break;
        }

        var items = ConfiguredCodeLists.Items(value);
        if (items.Count == 0)
        {
            yield return "it is empty: list at least one item, or remove the line";
            yield break;
        }

        foreach (var item in items)
        {
            if (Problem(key, item) is { } problem)
            {
                yield return "'" + item + "' " + problem + "; the option ignores it";
            }
        }
    }

    private static string? Problem(string key, string item)
    {
        switch (key)
        {
            case KmsOptions.AdditionalCodes:
            case KmsOptions.AdditionalTransientCodes:
            case KmsOptions.NonTransientCodes:
                return Code.IsMatch(item) ? null : "is not a KMS error code (KMS. and four digits, as in KMS.0205)";
            case KmsOptions.RetryMethodNames:
                return NameWord.IsMatch(item) ? null : "is not a word of a C# name";
            default:
                foreach (var parameter in RequestParameters.All)
                {
                    if (parameter.Name == item)
                    {
                        return null;
                    }
                }

                return "is not a parameter KMS004 checks (a JSON name such as pending_days, or maxRetries)";
        }
    }
}
