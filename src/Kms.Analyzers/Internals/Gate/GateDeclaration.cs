using System;
using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>
/// What makes a file matter to one rule, beside "kms" (which the scan finds for every rule) and the constants other
/// files declare: its own words, each of a kind. Word lists are space-separated, as the generated ones are.
/// </summary>
internal sealed class GateDeclaration
{
    private readonly List<KeyValuePair<string, WordKinds>> words = new();

    public GateDeclaration(string rule) => Rule = rule;

    /// <summary>The rule's name (its folder), for the gate's tests.</summary>
    public string Rule { get; }

    public IReadOnlyList<KeyValuePair<string, WordKinds>> Words => words;

    /// <summary>Adds the words of a space-separated <paramref name="list"/>, each of <paramref name="kind"/>.</summary>
    public GateDeclaration With(string list, WordKinds kind)
    {
        foreach (var word in list.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new KeyValuePair<string, WordKinds>(word, kind));
        }

        return this;
    }
}
