using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Kms.Analyzers;

/// <summary>
/// The <c>kms_analyzers.*</c> options of .editorconfig: their names, and what each one's items must be
/// (KMS007 reports the rest).
/// </summary>
internal static class KmsOptions
{
    public const string Prefix = "kms_analyzers.";

    /// <summary>KMS002: codes the service added after this catalog.</summary>
    public const string AdditionalCodes = Prefix + "additional_codes";

    /// <summary>KMS003: codes a team treats as transient.</summary>
    public const string AdditionalTransientCodes = Prefix + "additional_transient_codes";

    /// <summary>KMS003: codes a team never retries, though the catalog calls them transient.</summary>
    public const string NonTransientCodes = Prefix + "non_transient_codes";

    /// <summary>KMS003: more words that make a member or local a retry decision.</summary>
    public const string RetryMethodNames = Prefix + "retry_method_names";

    /// <summary>KMS004: parameters (JSON names, or <c>maxRetries</c>) left unchecked.</summary>
    public const string UncheckedParameters = Prefix + "unchecked_parameters";

    public static readonly string[] All = { AdditionalCodes, AdditionalTransientCodes, NonTransientCodes, RetryMethodNames, UncheckedParameters };

    private static readonly Regex Code = new(@"^KMS\.[0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex NameWord = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>What is wrong with <paramref name="key"/> = <paramref name="value"/>, one sentence each; none when it is right.</summary>
    public static IEnumerable<string> Problems(string key, string value)
    {
        if (System.Array.IndexOf(All, key) < 0)
        {
            yield return "it is not an option of Kms.Analyzers; the options are " + string.Join(", ", All);
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
            case AdditionalCodes:
            case AdditionalTransientCodes:
            case NonTransientCodes:
                return Code.IsMatch(item) ? null : "is not a KMS error code (KMS. and four digits, as in KMS.0205)";
            case RetryMethodNames:
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
