using System;
using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>
/// The words without which no rule can find anything in a file, from the rules' own tables: "kms" (every code
/// literal, <c>KmsErrorCodes</c>, the SDK's KMS namespaces; found by <see cref="SourceScan"/> itself), the request
/// JSON names KMS004 matches REST bodies by, the SDK names the rules read (<c>ErrorCode</c>, <c>WithRetry</c>, every
/// body property KMS004 checks and the enum classes of the enumerated ones).
/// </summary>
internal static class RuleWords
{
    private static readonly HashSet<string> RequestWords = CreateRequestWords();

    private static readonly string[] JsonNameAttributeNames = CreateJsonNameAttributeNames();

    // After the attribute names, which it reads.
    public static WordTable Fixed { get; } = CreateFixed();

    /// <summary>A JSON name by which KMS004 recognises a hand-built REST body (<c>pending_days</c>).</summary>
    public static bool IsRequestJsonName(string text) => RequestParameters.ByJsonName.ContainsKey(text);

    /// <summary>A name a request parameter is set by: a request JSON name, or an SDK body property KMS004 checks.</summary>
    public static bool IsRequestWord(string name) => RequestWords.Contains(name);

    /// <summary><c>JsonPropertyName</c>, <c>JsonProperty</c>, with or without <c>Attribute</c>.</summary>
    public static bool IsJsonNameAttribute(string? name) => name is not null && Array.IndexOf(JsonNameAttributeNames, name) >= 0;

    private static WordTable CreateFixed()
    {
        var words = new Dictionary<string, WordKinds>(StringComparer.Ordinal);
        foreach (var name in RequestParameters.ByJsonName.Keys)
        {
            Add(words, name, WordKinds.Kms);
        }

        foreach (var sdkProperty in SdkPropertyNames())
        {
            Add(words, sdkProperty.PropertyName, sdkProperty.Parameter.MatchedByJsonName ? WordKinds.Sdk : WordKinds.GenericSdk);
            if (sdkProperty.EnumClassName is { } enumClass)
            {
                Add(words, enumClass, WordKinds.Sdk);
            }
        }

        Add(words, WellKnownMemberNames.ErrorCode, WordKinds.Sdk);
        Add(words, WellKnownMemberNames.WithRetry, WordKinds.Sdk);
        foreach (var declaring in DeclaringWords())
        {
            Add(words, declaring, WordKinds.Declaring);
        }

        return new WordTable(words);
    }

    private static HashSet<string> CreateRequestWords()
    {
        var names = new HashSet<string>(RequestParameters.ByJsonName.Keys, StringComparer.Ordinal);
        foreach (var sdkProperty in SdkPropertyNames())
        {
            names.Add(sdkProperty.PropertyName);
        }

        return names;
    }

    /// <summary>
    /// Each SDK body property KMS004 checks (<c>ListKeysRequestBody.Limit</c> → <c>Limit</c>); one not matched by JSON
    /// name alone is as generic as that name (<c>Limit</c>, <c>Key</c>).
    /// </summary>
    private static IEnumerable<SdkPropertyName> SdkPropertyNames()
    {
        foreach (var parameter in RequestParameters.All)
        {
            foreach (var sdkProperty in parameter.SdkPropertyNames)
            {
                yield return sdkProperty;
            }
        }
    }

    /// <summary>The words every declaration <see cref="DeclaredWords"/> collects needs: a constant, a global using, a JSON name attribute.</summary>
    private static IEnumerable<string> DeclaringWords()
    {
        yield return "const";
        yield return "global";
        foreach (var attribute in JsonNameAttributeNames)
        {
            yield return attribute;
        }
    }

    private static void Add(Dictionary<string, WordKinds> words, string word, WordKinds kind)
        => words[word] = words.TryGetValue(word, out var kinds) ? kinds | kind : kind;

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
