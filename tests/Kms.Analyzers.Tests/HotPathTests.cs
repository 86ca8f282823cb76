using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kms.Analyzers.TestSupport;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// On a file that does not use KMS the rules must cost one reading of its text and nothing else. Bytes are
/// counted exactly, per thread: behaviour, not timing.
/// </summary>
public sealed class HotPathTests
{
    [Fact]
    public async Task A_plain_file_costs_one_reading_and_then_nothing()
    {
        var corpus = CorpusGenerator.Generate(60);
        var compilation = CSharpCompilation.Create("Corpus", Parse(corpus), await AnalyzerHarness.ReferencesAsync(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var plain = compilation.SyntaxTrees.Where(t => !CorpusGenerator.UsesKms(t.ToString()) && !CorpusGenerator.IsSdkStandIn(t.FilePath)).ToList();
        Assert.InRange(plain.Count, 50, 59);
        var onCode = AnalyzerHarness.Analyzers.Where(a => RunsOnCode(a, compilation)).ToList();
        Assert.Equal(new[] { nameof(OptionValueAnalyzer) }, AnalyzerHarness.Analyzers.Except(onCode).Select(a => a.GetType().Name)); // it reads options once per compilation

        // The first file pays JIT and the compilation's declared words. A file's first reading allocates only the
        // gate's weak-table entry; the table grows in shared steps, so the median file must allocate nothing.
        var analyzers = onCode.ToImmutableArray();
        CallbackReplay.Run(analyzers, compilation, plain.Take(1).ToList(), doNothing: false);
        var firstReadings = plain.Skip(1).Select(tree => CallbackReplay.Run(analyzers, compilation, new[] { tree }, doNothing: false)).ToList();
        Assert.All(firstReadings, reading => Assert.Equal(0, reading.Reported));
        Assert.Equal(0L, firstReadings.Select(reading => reading.Bytes).OrderBy(bytes => bytes).ElementAt(firstReadings.Count / 2));

        // Once read, nothing. A stray allocation from outside the rules' code was seen once in ten runs; the rules'
        // own would recur every pass, so the fewest bytes of three passes must be zero.
        foreach (var analyzer in onCode)
        {
            var name = analyzer.GetType().Name;
            var fewestBytes = long.MaxValue;
            for (var pass = 0; pass < 3 && fewestBytes != 0; pass++)
            {
                var again = CallbackReplay.Run(ImmutableArray.Create(analyzer), compilation, plain, doNothing: false);
                Assert.Equal((name, plain.Count), (name, again.Calls)); // one call per file: no node is visited
                Assert.Equal((name, 0), (name, again.Reported));
                fewestBytes = Math.Min(fewestBytes, again.Bytes);
            }

            Assert.Equal((name, 0L), (name, fewestBytes));
        }
    }

    [Theory]
    [InlineData("\"draft\"", false)]
    [InlineData("@\"C:\\temp\"", false)]
    [InlineData("\"\"\"raw text\"\"\"", false)]
    [InlineData("$\"no holes\"", false)]
    [InlineData("\"KMX.0205\"", false)]
    [InlineData("\"XYZ-1234\"", false)]
    [InlineData("\"K\\u004D\"", true)]   // an escaped KMS letter: the escape may spell a code, so the file is walked
    [InlineData("\"kMs\"", true)]
    public void A_file_is_walked_only_when_it_could_matter(string literal, bool walked)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { object Value() => " + literal + "; }", new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("HotPath", new[] { tree });
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeLiteralAnalyzer());
        CallbackReplay.Run(analyzers, compilation, new[] { tree }, doNothing: false); // reads the file's words once

        var again = CallbackReplay.Run(analyzers, compilation, new[] { tree }, doNothing: false);

        Assert.Equal(0, again.Reported);
        Assert.Equal(walked, again.Bytes > 0); // a walk enumerates nodes; a file the gate turns away costs nothing
    }

    /// <summary>
    /// The scan reads 4,096-character chunks: a word, "kms" or an escape cut at any point by a chunk's end is still
    /// found, and a longer identifier that merely starts or ends with a word is not.
    /// </summary>
    [Theory]
    [MemberData(nameof(WordsAcrossTheChunkEnd))]
    public void A_word_cut_by_the_end_of_a_chunk_is_read_whole(string text, int beforeTheEnd, bool walked)
    {
        var head = "class C { object Value() => \"";
        var source = head + text + "\"; }";
        source = source.Insert(0, new string(' ', 4096 - beforeTheEnd - head.Length)); // the text starts beforeTheEnd characters before the first chunk's end
        Assert.Equal(4096 - beforeTheEnd, source.IndexOf(text, StringComparison.Ordinal));
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("HotPath", new[] { tree });
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeLiteralAnalyzer());
        CallbackReplay.Run(analyzers, compilation, new[] { tree }, doNothing: false);

        var again = CallbackReplay.Run(analyzers, compilation, new[] { tree }, doNothing: false);

        Assert.Equal(walked, again.Bytes > 0);
    }

    public static TheoryData<string, int, bool> WordsAcrossTheChunkEnd()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var (text, walked) in new[]
        {
            ("pending_days", true),    // a request JSON name: a word by itself
            ("pending_daysx", false),  // longer identifiers that begin or end with it
            ("xpending_days", false),
            ("pending_day", false),
            ("aKmSb", true),           // "kms" in any case inside an identifier
            ("k ms", false),
            ("\\u004D", true),       // an escape of M
            ("\\u0041", false),      // an escape of A
        })
        {
            for (var beforeTheEnd = 0; beforeTheEnd <= text.Length; beforeTheEnd++)
            {
                data.Add(text, beforeTheEnd, walked);
            }
        }

        return data;
    }

    /// <summary>
    /// Per-character, per-node and per-key code must be compiled optimized at its first call, since a build loads
    /// the analyzers afresh and would run it as tier-0 code. Timing is the benchmark's job; this checks the flag.
    /// </summary>
    [Fact]
    public void What_runs_for_every_character_node_and_option_key_is_compiled_optimized_at_its_first_call()
    {
        var assembly = typeof(RequestParameterAnalyzer).Assembly;
        var scan = assembly.GetType("Kms.Analyzers.SourceScan", throwOnError: true)!;
        var table = assembly.GetType("Kms.Analyzers.WordTable", throwOnError: true)!;
        var walk = assembly.GetType("Kms.Analyzers.GatedNodeActions", throwOnError: true)!;
        var run = scan.GetNestedType("Run", BindingFlags.NonPublic)!;
        var escape = scan.GetNestedType("Escape", BindingFlags.NonPublic)!;
        var hot = new[]
        {
            Method(scan, "Find", typeof(Microsoft.CodeAnalysis.Text.SourceText)),
            Method(scan, "IsIdentifier"),
            Method(scan, "KmsAt"),
            Method(scan, "KmsContinued"),
            Method(run, "Extend"),
            Method(run, "Word"),
            Method(escape, "Start"),
            Method(escape, "Read"),
            Method(escape, "Next"),
            Method(table, "MayHold"),
            Method(table, "FirstIndex"),
            Method(table, "LengthBit"),
            Method(table, "Find", typeof(uint)),
            Method(table, "Next"),
            Method(table, "Key", typeof(uint)),
            Method(walk, "Walk"),
            Method(walk, "Visit"),
            Method(typeof(OptionValueAnalyzer), "AnalyzeOptions"),
            Method(typeof(OptionValueAnalyzer), "Check"),
        };

        const MethodImplAttributes aggressiveOptimization = (MethodImplAttributes)512;
        Assert.All(hot, method => Assert.True(
            (method.MethodImplementationFlags & aggressiveOptimization) != 0,
            $"{method.DeclaringType!.Name}.{method.Name} is not marked [MethodImpl(Jit.Optimized)]"));
    }

    private static MethodInfo Method(Type type, string name, Type? firstParameter = null)
        => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Single(method => method.Name == name && (firstParameter is null || method.GetParameters()[0].ParameterType == firstParameter));

    private static IEnumerable<SyntaxTree> Parse(List<(string Path, string Text)> corpus)
        => corpus.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path));

    private static bool RunsOnCode(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var actions = new RegisteredActions(compilation);
        analyzer.Initialize(actions);
        return actions.RunsOnCode;
    }
}
