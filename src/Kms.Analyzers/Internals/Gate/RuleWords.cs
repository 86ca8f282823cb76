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
    private static readonly HashSet<string> RequestJsonNames = CreateRequestJsonNames();

    private static readonly HashSet<string> RequestWords = CreateRequestWords();

    private static readonly string[] JsonNameAttributeNames = CreateJsonNameAttributeNames();

    public static WordTable Fixed { get; } = CreateFixed();

    /// <summary>A JSON name by which KMS004 recognises a hand-built REST body (<c>pending_days</c>).</summary>
    public static bool IsRequestJsonName(string text) => RequestJsonNames.Contains(text);

    /// <summary>A name a request parameter is set by: a request JSON name, or an SDK body property KMS004 checks.</summary>
    public static bool IsRequestWord(string name) => RequestWords.Contains(name);

    /// <summary><c>JsonPropertyName</c>, <c>JsonProperty</c>, with or without <c>Attribute</c>.</summary>
    public static bool IsJsonNameAttribute(string? name) => name is not null && Array.IndexOf(JsonNameAttributeNames, name) >= 0;

    private static WordTable CreateFixed()
    {
        var words = new Dictionary<string, WordKinds>(StringComparer.Ordinal);
        foreach (var name in RequestJsonNames)
        {
            Add(words, name, WordKinds.Kms);
        }

        foreach (var (property, isGeneric) in SdkPropertyNames())
        {
            Add(words, property, isGeneric ? WordKinds.GenericSdk : WordKinds.Sdk);
        }

        foreach (var enumClass in SdkEnumClassNames())
        {
            Add(words, enumClass, WordKinds.Sdk);
        }

        Add(words, WellKnownMemberNames.ErrorCode, WordKinds.Sdk);
        Add(words, WellKnownMemberNames.WithRetry, WordKinds.Sdk);
        return new WordTable(words);
    }

    private static HashSet<string> CreateRequestWords()
    {
        var names = new HashSet<string>(RequestJsonNames, StringComparer.Ordinal);
        foreach (var (property, _) in SdkPropertyNames())
        {
            names.Add(property);
        }

        return names;
    }

    /// <summary>
    /// Each SDK body property KMS004 checks (<c>ListKeysRequestBody.Limit</c> → <c>Limit</c>), and whether it is as
    /// generic as its parameter's JSON name (a parameter not matched by JSON name alone).
    /// </summary>
    private static IEnumerable<(string Property, bool IsGeneric)> SdkPropertyNames()
    {
        foreach (var parameter in RequestParameters.All)
        {
            foreach (var property in SdkPropertyNames(parameter))
            {
                yield return property;
            }
        }
    }

    private static IEnumerable<(string Property, bool IsGeneric)> SdkPropertyNames(RequestParameter parameter)
    {
        foreach (var sdkProperty in parameter.SdkPropertyNames)
        {
            yield return (sdkProperty.PropertyName, !parameter.MatchedByJsonName);
        }
    }

    /// <summary>The SDK enum classes of the enumerated parameters (<c>CreateKeyRequestBody.KeySpec</c> → <c>KeySpecEnum</c>).</summary>
    private static IEnumerable<string> SdkEnumClassNames()
    {
        foreach (var parameter in RequestParameters.All)
        {
            if (parameter.Constraint is EnumConstraint)
            {
                foreach (var (property, _) in SdkPropertyNames(parameter))
                {
                    yield return property + WellKnownMemberNames.EnumClassSuffix;
                }
            }
        }
    }

    private static void Add(Dictionary<string, WordKinds> words, string word, WordKinds kind)
        => words[word] = words.TryGetValue(word, out var kinds) ? kinds | kind : kind;

    private static HashSet<string> CreateRequestJsonNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in RequestParameters.All)
        {
            if (parameter.MatchedByJsonName)
            {
                names.Add(parameter.Name);
            }
        }

        return names;
    }

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
