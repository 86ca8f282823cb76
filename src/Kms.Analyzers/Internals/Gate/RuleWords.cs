using System;
using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>
/// The words without which no rule finds anything in a file: the rules' declarations (<see cref="RuleGates"/>)
/// plus what <see cref="DeclaredWords"/> needs. "kms" is found by <see cref="SourceScan"/> itself.
/// </summary>
internal static class RuleWords
{
    private static readonly string[] JsonNameAttributeNames = CreateJsonNameAttributeNames();

    // After the attribute names, which it reads.
    public static WordTable Fixed { get; } = Compose(RuleGates.All);

    /// <summary>A word that makes a file matter without the SDK (a distinctive request JSON name: <c>pending_days</c>).</summary>
    public static bool IsKmsWord(string text) => (Fixed.Find(text) & WordKinds.Kms) != 0;

    /// <summary><c>JsonPropertyName</c>, <c>JsonProperty</c>, with or without <c>Attribute</c>.</summary>
    public static bool IsJsonNameAttribute(string? name) => name is not null && Array.IndexOf(JsonNameAttributeNames, name) >= 0;

    /// <summary>The words of <paramref name="declarations"/>, and the declaring words.</summary>
    public static WordTable Compose(IEnumerable<GateDeclaration> declarations)
    {
        var words = new WordTable();
        foreach (var declaration in declarations)
        {
            foreach (var word in declaration.Words)
            {
                words.Add(word.Key, word.Value);
            }
        }

        words.Add("const", WordKinds.MayDeclare);
        words.Add("global", WordKinds.MayDeclare);
        foreach (var attribute in JsonNameAttributeNames)
        {
            words.Add(attribute, WordKinds.MayDeclare);
        }

        return words;
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
