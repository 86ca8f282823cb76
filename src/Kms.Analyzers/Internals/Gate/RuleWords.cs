using System;
using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>
/// The words without which no rule can find anything in a file, from the rules' own tables: "kms" (every code
/// literal, <c>KmsErrorCodes</c>, the SDK's KMS namespaces; found by <see cref="SourceScan"/> itself), the request
/// JSON names that identify a KMS body on their own, the SDK names the rules read (<c>ErrorCode</c>, <c>WithRetry</c>, every
/// body property KMS004 checks and the enum classes of the enumerated ones).
/// </summary>
internal static class RuleWords
{
    private static readonly string[] JsonNameAttributeNames = CreateJsonNameAttributeNames();

    // From the generated word lists, not from RequestParameters.All: the gate reads every file before any rule needs a row.
    private static readonly HashSet<string> JsonNames = Set(RequestParameters.DistinctiveJsonNames);

    private static readonly HashSet<string> RequestWords = Set(RequestParameters.DistinctiveJsonNames, RequestParameters.PropertyWords, RequestParameters.GenericPropertyWords);

    // After the attribute names, which it reads.
    public static WordTable Fixed { get; } = CreateFixed();

    /// <summary>A JSON name that identifies a KMS request body on its own (<c>pending_days</c>).</summary>
    public static bool IsDistinctiveJsonName(string text) => JsonNames.Contains(text);

    /// <summary>A name a request parameter is set by: a request JSON name, or an SDK body property KMS004 checks.</summary>
    public static bool IsRequestWord(string name) => RequestWords.Contains(name);

    /// <summary><c>JsonPropertyName</c>, <c>JsonProperty</c>, with or without <c>Attribute</c>.</summary>
    public static bool IsJsonNameAttribute(string? name) => name is not null && Array.IndexOf(JsonNameAttributeNames, name) >= 0;

    /// <summary>
    /// The words: the JSON names; each SDK body property KMS004 checks (one not matched by JSON name alone as generic as
    /// its name: <c>Limit</c>, <c>Key</c>), and the enum class of an enumerated one; the SDK names the rules read; the
    /// words every declaration <see cref="DeclaredWords"/> collects needs (a constant, a global using, a JSON name attribute).
    /// </summary>
    private static WordTable CreateFixed()
    {
        var words = new WordTable();
        Add(words, RequestParameters.DistinctiveJsonNames, WordKinds.Kms);
        Add(words, RequestParameters.PropertyWords, WordKinds.Sdk);
        Add(words, RequestParameters.GenericPropertyWords, WordKinds.GenericSdk);
        foreach (var property in Split(RequestParameters.EnumPropertyWords))
        {
            words.Add(property + WellKnownMemberNames.EnumClassSuffix, WordKinds.Sdk);
        }

        words.Add(WellKnownMemberNames.ErrorCode, WordKinds.Sdk);
        words.Add(WellKnownMemberNames.WithRetry, WordKinds.Sdk);
        words.Add("const", WordKinds.Declaring);
        words.Add("global", WordKinds.Declaring);
        foreach (var attribute in JsonNameAttributeNames)
        {
            words.Add(attribute, WordKinds.Declaring);
        }

        return words;
    }

    private static void Add(WordTable words, string list, WordKinds kind)
    {
        foreach (var word in Split(list))
        {
            words.Add(word, kind);
        }
    }

    private static HashSet<string> Set(params string[] lists)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            set.UnionWith(Split(list));
        }

        return set;
    }

    /// <summary>A generated word list's words.</summary>
    private static string[] Split(string list) => list.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

    private static string[] CreateJsonNameAttributeNames()
    {
        var names = new List<string>();
        foreach (var metadataName in WellKnownTypeNames.JsonNameAttributes)
        {
            var attribute = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            names.Add(attribute);
            names.Add(attribute.Substring(0, attribute.Length - "Attribute".Length));
        }

        return names.ToArray();
    }
}
