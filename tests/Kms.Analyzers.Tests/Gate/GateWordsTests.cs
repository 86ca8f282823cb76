using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Kms.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// The gate's generated word lists (which spare a build's first file compiling KMS004's tables) must be
/// exactly the names the table's rows are set and recognised by.
/// </summary>
public sealed class GateWordsTests
{
    private static readonly Assembly Analyzers = typeof(RequestParameterAnalyzer).Assembly;
    private static readonly Type RuleWords = Analyzers.GetType("Kms.Analyzers.RuleWords", throwOnError: true)!;
    private static readonly object FixedWords = RuleWords.GetProperty("Fixed", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    /// <summary>The names KMS004 takes an assignment's member name for a parameter's by (with the names other files declare).</summary>
    private static readonly HashSet<string> RequestNames = (HashSet<string>)Analyzers.GetType("Kms.Analyzers.RequestParameterGate", throwOnError: true)!
        .GetField("Names", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    // WordKinds
    private const int Kms = 1;
    private const int Sdk = 2;
    private const int GenericSdk = 4;
    private const int MayDeclare = 16;

    [Fact]
    public void Every_name_a_request_row_is_set_or_recognised_by_is_a_gate_word_of_its_kind()
    {
        var expected = ExpectedWords();
        Assert.All(expected, word => Assert.Equal((word.Key, word.Value), (word.Key, Find(word.Key))));
        Assert.Equal(expected.Count, (int)FixedWords.GetType().GetProperty("Count")!.GetValue(FixedWords)!); // and no other word
    }

    [Fact]
    public void A_name_is_a_request_JSON_name_or_word_exactly_where_the_table_says()
    {
        var rows = RequestParameterRows.All;
        var properties = rows.SelectMany(row => row.SdkProperties).Select(PropertyName).ToHashSet(StringComparer.Ordinal);
        var candidates = rows.Select(row => row.Name).Concat(RequestOperationRows.Names.Select(row => row.Name)).Concat(properties).Concat(new[] { "pending_days_", "Pending_days", "KeyIds", "" }).Distinct();
        Assert.All(candidates, name =>
        {
            var jsonName = RequestOperationRows.IsDistinctive(name);
            Assert.Equal((name, jsonName), (name, Ask("IsKmsWord", name)));
            Assert.Equal((name, jsonName || properties.Contains(name)), (name, RequestNames.Contains(name)));
        });
    }

    /// <summary>The words as the rows give them: JSON names, SDK properties and their enum classes, and the fixed SDK and declaring names.</summary>
    private static Dictionary<string, int> ExpectedWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string word, int kind) => words[word] = words.GetValueOrDefault(word) | kind;

        foreach (var name in RequestOperationRows.Names.Where(name => name.Distinctive))
        {
            Add(name.Name, Kms);
        }

        foreach (var row in RequestParameterRows.All)
        {
            foreach (var property in row.SdkProperties.Select(PropertyName))
            {
                Add(property, row.Distinctive ? Sdk : GenericSdk);
                if (row.Values is not null)
                {
                    Add(property + "Enum", Sdk);
                }
            }
        }

        Add("ErrorCode", Sdk);
        Add("WithRetry", Sdk);
        foreach (var carrier in new[] { "ClientRequestException", "ServiceResponseException", "SdkException" })
        {
            Add(carrier, Sdk);
        }
        foreach (var declaring in new[] { "const", "global", "JsonPropertyName", "JsonPropertyNameAttribute", "JsonProperty", "JsonPropertyAttribute" })
        {
            Add(declaring, MayDeclare);
        }

        return words;
    }

    /// <summary><c>Type.Property</c>, <c>*.Property</c> or <c>Type.Property@A|B</c>: the property.</summary>
    private static string PropertyName(string entry)
    {
        var property = entry.Substring(entry.IndexOf('.', StringComparison.Ordinal) + 1);
        var at = property.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? property : property.Substring(0, at);
    }

    private static int Find(string word)
        => Convert.ToInt32(FixedWords.GetType().GetMethod("Find", new[] { typeof(string) })!.Invoke(FixedWords, new object[] { word }), System.Globalization.CultureInfo.InvariantCulture);

    private static bool Ask(string method, string name) => (bool)RuleWords.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { name })!;
}
