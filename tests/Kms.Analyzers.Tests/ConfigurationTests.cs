using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>Every way a team tunes the rules: .editorconfig, a global config, #pragma, [SuppressMessage], the kms_analyzers options.</summary>
public sealed class ConfigurationTests
{
    public const string MisspelledOption = "kms_analyzers.aditional_codes = KMS.9001\n";

    public static IEnumerable<object[]> Rules() => AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => new object[] { d.Id });

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Editorconfig_severity_none_turns_one_rule_off(string id)
    {
        var diagnostics = await AnalyzeCorpusAsync(SeverityConfig(id, "none"));
        Assert.DoesNotContain(diagnostics, d => d.Id == id);
        Assert.Equal(Rules().Count() - 1, diagnostics.Select(d => d.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Editorconfig_severity_error_makes_one_rule_an_error(string id)
    {
        var diagnostics = await AnalyzeCorpusAsync(SeverityConfig(id, "error"));
        Assert.All(diagnostics.Where(d => d.Id == id), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.All(diagnostics.Where(d => d.Id != id), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.Id == id);
    }

    [Fact]
    public async Task A_global_analyzer_config_applies_to_every_file()
    {
        var diagnostics = await AnalyzeCorpusAsync(("/.globalconfig", "is_global = true\ndotnet_diagnostic.KMS001.severity = none\nkms_analyzers.additional_transient_codes = KMS.0209\n"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "KMS001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "KMS003" && d.GetMessage().StartsWith("'KMS.0209'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "KMS003");
    }

    [Fact]
    public async Task Pragma_and_SuppressMessage_silence_a_rule_where_they_apply()
    {
        const string source = """
            using System.Diagnostics.CodeAnalysis;

            class C
            {
            #pragma warning disable KMS001
                const string Quiet = "KMS.0205";
            #pragma warning restore KMS001
                const string Loud = "KMS.0205";

                [SuppressMessage("Usage", "KMS001", Justification = "test")]
                bool Suppressed(string code) => code == "KMS.0209";

                bool Reported(string code) => code == "KMS.0209";
            }
            """;
        var project = await AnalyzerHarness.CreateProjectAsync(new[] { ("C.cs", source) });
        var result = await AnalyzerHarness.AnalyzeAsync(project);
        var lines = result.Diagnostics.Where(d => d.Id == "KMS001").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l);
        Assert.Equal(new[] { 8, 13 }, lines);
    }

    [Fact]
    public async Task The_kms_analyzers_options_apply_per_editorconfig_section()
    {
        const string source = """
            static class Rules
            {
                public static bool IsTransient(string code) => code == "KMS.1105";
                public static bool IsResilientFailure(string code) => code == "KMS.0205";
                public static string Unknown => "KMS.9001";
            }
            """;
        var configured = await AnalyzerHarness.CreateProjectAsync(
            new[] { ("Legacy/Rules.cs", source), ("App/Rules.cs", source.Replace("Rules", "AppRules", StringComparison.Ordinal)) },
            analyzerConfigs: new[] { ("/.editorconfig", "root = true\n\n[Legacy/*.cs]\nkms_analyzers.additional_codes = KMS.9001\nkms_analyzers.additional_transient_codes = KMS.1105\nkms_analyzers.retry_method_names = Resilient\n") });
        var diagnostics = (await AnalyzerHarness.AnalyzeAsync(configured)).Diagnostics;

        string[] In(string folder, string id) => diagnostics.Where(d => d.Id == id && d.Location.SourceTree!.FilePath.Contains(folder, StringComparison.Ordinal)).Select(d => d.GetMessage().Split('\'')[1]).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "KMS.0205" }, In("Legacy", "KMS003"));
        Assert.Empty(In("Legacy", "KMS002"));
        Assert.Equal(new[] { "KMS.1105" }, In("App", "KMS003"));
        Assert.Equal(new[] { "KMS.9001" }, In("App", "KMS002"));
    }

    /// <summary>
    /// The severity line for <paramref name="id"/>: in .editorconfig, which applies to the diagnostics in its files; for
    /// KMS007, which is about the options and has no location in code, in a global analyzer config, as its page says.
    /// </summary>
    private static (string Path, string Text) SeverityConfig(string id, string severity)
        => id == "KMS007"
            ? ("/.globalconfig", "is_global = true\ndotnet_diagnostic." + id + ".severity = " + severity + "\n")
            : ("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic." + id + ".severity = " + severity + "\n");

    /// <summary>The corpus under <paramref name="config"/>, which also gets a misspelled option so that KMS007 is among the rules that fire.</summary>
    private static async Task<List<Diagnostic>> AnalyzeCorpusAsync((string Path, string Text) config)
    {
        var files = new List<(string Path, string Text)>();
        files.Add(("AllRules.cs", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "AllRules.cs"))));
        var project = await AnalyzerHarness.CreateProjectAsync(files, analyzerConfigs: new[] { (config.Path.TrimStart('/'), config.Text + MisspelledOption) });
        var result = await AnalyzerHarness.AnalyzeAsync(project);
        Assert.Empty(result.Exceptions);
        return result.Diagnostics.ToList();
    }
}
