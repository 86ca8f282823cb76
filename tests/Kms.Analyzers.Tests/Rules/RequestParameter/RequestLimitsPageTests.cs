using System;
using System.IO;
using System.Linq;
using System.Text;
using Kms.Analyzers.TestSupport;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// docs/rules/KMS004.md lists KMS004's parameters as the analyzer has them (generated from KmsRequestLimits.tsv):
/// nothing about a limit is written by hand twice. KMS_UPDATE_DOCS=1 rewrites the page's table instead of failing.
/// </summary>
public sealed class RequestLimitsPageTests
{
    private const string Begin = "<!-- limits table: generated from src/Kms.ErrorCodes/KmsRequestLimits.tsv; RequestLimitsPageTests keeps it equal -->";
    private const string End = "<!-- end of limits table -->";

    [Fact]
    public void The_KMS004_page_lists_every_parameter_as_the_analyzer_checks_it()
    {
        var path = RepositoryPaths.Combine("docs", "rules", "KMS004.md");
        var page = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "KMS004.md lacks the table's markers");

        var expected = Table();
        var actual = page.Substring(begin + Begin.Length, end - begin - Begin.Length);
        if (actual != expected && Environment.GetEnvironmentVariable("KMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page.Substring(0, begin + Begin.Length) + expected + page.Substring(end));
            return;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_row_names_its_source_and_what_it_accepts()
        => Assert.All(Rows(), row => Assert.False(string.IsNullOrWhiteSpace(row.Source) || string.IsNullOrWhiteSpace(row.Accepted), row.Name));

    private static string Table()
    {
        var table = new StringBuilder("\n| JSON name | SDK property or argument | accepted | KMS answers | source |\n|---|---|---|---|---|\n");
        foreach (var row in Rows())
        {
            var carriers = string.Join(", ", row.SdkProperties.Select(p => p.StartsWith("*.", StringComparison.Ordinal) ? "any body's " + p.Substring(2) : p));
            var answer = row.ErrorCode ?? "the SDK: throws above the range, never retries below it";
            table.Append("| ").Append(row.Name).Append(" | ").Append(carriers).Append(" | ").Append(row.Accepted.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" | ").Append(answer).Append(" | ").Append(row.Source).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>The analyzer's table (internal to it), read by reflection: its generated rows, as the analyzer has them.</summary>
    private static (string Name, string[] SdkProperties, string Accepted, string? ErrorCode, string Source)[] Rows()
    {
        var parameters = typeof(RequestParameterAnalyzer).Assembly.GetType("Kms.Analyzers.RequestParameters", throwOnError: true)!;
        var all = (Array)parameters.GetField("All")!.GetValue(null)!;
        return all.Cast<object>().Select(row =>
        {
            object? Get(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
            return ((string)Get(row, "Name")!, (string[])Get(row, "SdkProperties")!, (string)Get(Get(row, "Constraint")!, "Accepted")!, (string?)Get(row, "ErrorCode"), (string)Get(row, "Source")!);
        }).ToArray();
    }
}
