using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>Analyzers are stateless and thread-safe: the same compilation, analyzed many times at once, says the same.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Repeated_concurrent_analysis_gives_the_same_diagnostics_in_location_order()
    {
        var files = new List<(string Path, string Text)>();
        files.Add(("AllRules.cs", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "AllRules.cs"))));
        var project = await AnalyzerHarness.CreateProjectAsync(files);

        var runs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => AnalyzerHarness.AnalyzeAsync(project))));

        var first = Describe(runs[0].Diagnostics);
        Assert.True(first.Count > 20, "the corpus should give many diagnostics, got " + first.Count);
        foreach (var run in runs)
        {
            Assert.Empty(run.Exceptions);
            Assert.Equal(first, Describe(run.Diagnostics));
        }
    }

    [Fact]
    public async Task Callbacks_that_read_other_files_while_the_declared_words_are_collected_still_find_them()
    {
        // Many plain files ask for the declared words at once; each scans unread files rather than wait, and a file
        // using another file's code constant (no "kms", no SDK name) is still let in.
        for (var run = 0; run < 8; run++)
        {
            var files = new List<(string Path, string Text)>
            {
                ("Codes.cs", "public static class Codes { public const string Disabled = \"KMS.0209\"; }\npublic sealed class StoreException : System.Exception { public string Code { get; set; } = \"\"; }"),
                ("Loop.cs", "static class Loop\n{\n    public static void Run(System.Action call)\n    {\n        for (var attempt = 0; attempt < 3; attempt++)\n        {\n            try { call(); return; }\n            catch (StoreException e) when (e.Code == Codes.Disabled) { }\n        }\n    }\n}"),
            };
            for (var plain = 0; plain < 300; plain++)
            {
                files.Add(($"Plain{plain}.cs", $"static class Plain{plain} {{ public static string Describe(string state) => state == \"closed\" ? \"done {plain}\" : state; }}"));
            }

            var result = await AnalyzerHarness.AnalyzeAsync(await AnalyzerHarness.CreateProjectAsync(files));

            Assert.Empty(result.Exceptions);
            Assert.Equal(
                new[] { "KMS001 /Codes.cs:1", "KMS003 /Loop.cs:8" },
                result.Diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}").OrderBy(d => d, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Analyzer_and_fixer_assemblies_hold_no_static_mutable_state()
    {
        var mutable = new List<string>();
        foreach (var assembly in new[] { typeof(ErrorCodeLiteralAnalyzer).Assembly, typeof(ErrorCodeLiteralCodeFixProvider).Assembly })
        {
            foreach (var type in assembly.GetTypes())
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    // Compiler-generated lambda caches are assigned once, idempotently; a [ThreadStatic] scratch buffer is never
                    // seen by another thread (the gate's text chunk); everything else must be const or readonly.
                    if (!field.IsLiteral && !field.IsInitOnly && !field.Name.Contains('<', StringComparison.Ordinal) && !type.Name.Contains('<', StringComparison.Ordinal)
                        && !IsPerThreadScratchBuffer(field))
                    {
                        mutable.Add(type.FullName + "." + field.Name);
                    }
                }
            }
        }

        Assert.Empty(mutable);
    }

    private static bool IsPerThreadScratchBuffer(FieldInfo field)
        => field.IsDefined(typeof(ThreadStaticAttribute)) && field.IsPrivate && field.FieldType.IsArray;

    /// <summary>
    /// Diagnostics sorted as the compiler prints them (file, position, id), with their fix data. The concurrent
    /// driver interleaves callbacks, so its raw order varies between runs; the set and this order do not.
    /// </summary>
    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.ToString() + " " + string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .ToList();
}
