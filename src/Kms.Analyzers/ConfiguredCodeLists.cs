using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers
{
    /// <summary>
    /// The <c>kms_analyzers.*</c> list options of .editorconfig, read per syntax tree and parsed once per
    /// distinct value for the compilation that owns this object.
    /// </summary>
    internal sealed class ConfiguredCodeLists
    {
        public const string AdditionalCodesKey = "kms_analyzers.additional_codes";

        private static readonly char[] Separators = { ',', ';', ' ', '\t' };

        private readonly AnalyzerOptions options;
        private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> parsedValues = new(StringComparer.Ordinal);

        // Asked once per declaration by KMS003: the options lookup (case-insensitive keys) is kept per tree and key.
        private readonly ConcurrentDictionary<(SyntaxTree Tree, string Key), ImmutableHashSet<string>> listsByTree = new();

        public ConfiguredCodeLists(AnalyzerOptions options) => this.options = options;

        /// <summary>Whether the list option <paramref name="key"/> in force for <paramref name="tree"/> holds <paramref name="item"/> (ordinal).</summary>
        public bool Contains(SyntaxTree tree, string key, string item) => ListFor(tree, key).Contains(item);

        /// <summary>Whether <paramref name="name"/> contains an item of the list option, ignoring case (name words, not codes).</summary>
        public bool HasWordOf(SyntaxTree tree, string key, string name)
        {
            foreach (var listed in ListFor(tree, key))
            {
                if (name.IndexOf(listed, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableHashSet<string> ListFor(SyntaxTree tree, string key)
        {
            if (listsByTree.TryGetValue((tree, key), out var list))
            {
                return list;
            }

            list = options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var value)
                ? parsedValues.GetOrAdd(value, Parse)
                : ImmutableHashSet<string>.Empty;
            return listsByTree.GetOrAdd((tree, key), list);
        }

        private static ImmutableHashSet<string> Parse(string value)
        {
            var items = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var item in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                items.Add(item);
            }

            return items.ToImmutable();
        }
    }
}
