using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// The <c>kms_analyzers.*</c> list options of .editorconfig, read per syntax tree and parsed once per
/// distinct value for the compilation that owns this object.
/// </summary>
internal sealed class ConfiguredCodeLists
{
    private static readonly char[] Separators = { ',', ';', ' ', '\t' };

    private readonly AnalyzerOptions options;
    private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> parsedValues = new(StringComparer.Ordinal);

    public ConfiguredCodeLists(AnalyzerOptions options) => this.options = options;

    /// <summary>Whether the list option <paramref name="key"/> in force for <paramref name="tree"/> holds <paramref name="item"/> (ordinal).</summary>
    public bool Contains(SyntaxTree tree, string key, string item)
        => options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var value)
           && parsedValues.GetOrAdd(value, Items).Contains(item);

    /// <summary>
    /// Whether any tree of <paramref name="compilation"/> sets the option <paramref name="key"/>: asked once at
    /// compilation start, so that per-declaration questions need no options lookup in the usual case.
    /// </summary>
    public bool IsSetForAnyTree(Compilation compilation, string key)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> contains an item of the list option, ignoring case (name words, not codes).</summary>
    public bool HasWordOf(SyntaxTree tree, string key, string name)
    {
        if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var value))
        {
            return false;
        }

        foreach (var listed in parsedValues.GetOrAdd(value, Items))
        {
            if (name.IndexOf(listed, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of a list option's value, as every reader of it splits them.</summary>
    public static ImmutableHashSet<string> Items(string value)
    {
        var items = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var item in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            items.Add(item);
        }

        return items.ToImmutable();
    }
}
