using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kms.Analyzers.TestSupport;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>Every exported analyzer and fixer, walked by reflection: ids, help links, docs, release tracking.</summary>
public sealed class RuleMetadataTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ExportedComponents.Analyzers;

    private static readonly ImmutableArray<CodeFixProvider> Fixers = ExportedComponents.Fixers;

    private static readonly DiagnosticDescriptor[] Descriptors = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToArray();

    public static IEnumerable<object[]> RuleIds => Descriptors.Select(d => new object[] { d.Id });

    [Fact]
    public void Each_id_has_one_descriptor_in_one_analyzer()
    {
        Assert.NotEmpty(Descriptors);
        Assert.Equal(Descriptors.Length, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors, d => Assert.Matches("^KMS[0-9]{3}$", d.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_rule_page_in_the_repository(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var props = File.ReadAllText(RepositoryPaths.Combine("Directory.Build.props"));
        var repositoryUrl = Regex.Match(props, "<RepositoryUrl>(.*?)</RepositoryUrl>").Groups[1].Value;
        Assert.Equal(repositoryUrl + "/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(RepositoryPaths.Combine("docs", "rules", id + ".md")), id + " has no docs/rules page");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_has_a_bad_and_a_good_example_and_configuration(string id)
    {
        var page = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", id + ".md"));
        Assert.StartsWith("# " + id + ": " + Descriptors.Single(d => d.Id == id).Title, page, StringComparison.Ordinal);
        // The examples are code, or .editorconfig for the rule about options.
        Assert.True(Regex.Matches(page, "## Bad\\s+```(csharp|ini)").Count == 1 && Regex.Matches(page, "## Good\\s+```(csharp|ini)").Count == 1, id + " page needs a bad and a good example");
        Assert.Contains("dotnet_diagnostic." + id + ".severity", page, StringComparison.Ordinal);
    }

    /// <summary>The sample shows every rule, so its warnings stay warnings under the solution's -warnaserror build.</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_sample_keeps_each_rule_a_warning_under_warnaserror(string id)
    {
        var project = File.ReadAllText(RepositoryPaths.Combine("samples", "Kms.Samples", "Kms.Samples.csproj"));
        foreach (var property in new[] { "WarningsNotAsErrors", "MSBuildWarningsNotAsErrors" })
        {
            var list = Regex.Match(project, "<" + property + ">([^<]*)</" + property + ">").Groups[1].Value.Split(';');
            Assert.Contains(id, list);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Defaults_are_warning_on_by_default_in_a_known_category(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Contains(descriptor.Category, new[] { "Usage", "Reliability" });
        Assert.False(descriptor.Title.ToString().EndsWith('.'));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_release_tracked(string id)
    {
        var releases = File.ReadAllText(RepositoryPaths.Combine("src", "Kms.Analyzers", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(RepositoryPaths.Combine("src", "Kms.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches("(?m)^" + id + " \\|", releases);
    }

    [Fact]
    public void Every_fixer_fixes_exported_rules_and_supports_fix_all()
    {
        Assert.NotEmpty(Fixers);
        foreach (var fixer in Fixers)
        {
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, Descriptors.Select(d => d.Id)));
            Assert.NotNull(fixer.GetFixAllProvider());
        }
    }

    /// <summary>KMS003's description counts the catalog's transient codes as the catalog does.</summary>
    [Fact]
    public void KMS003s_description_counts_the_catalogs_transient_codes()
    {
        var description = Descriptors.Single(d => d.Id == "KMS003").Description.ToString();
        var counted = Regex.Match(description, "([0-9]+) of the catalog's ([0-9]+) codes");
        Assert.True(counted.Success, description);
        Assert.Equal(Kms.ErrorCodes.KmsErrorCatalog.All.Count(e => e.IsTransient).ToString(System.Globalization.CultureInfo.InvariantCulture), counted.Groups[1].Value);
        Assert.Equal(Kms.ErrorCodes.KmsErrorCatalog.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), counted.Groups[2].Value);
    }
}
