using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.Analyzers.TestSupport;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// docs/rules/KMS004.md lists KMS004's parameters as the analyzer has them (generated from KmsRequestLimits.tsv):
/// nothing about a limit is written by hand twice.
/// </summary>
public sealed class RequestLimitsPageTests
{
    [Fact]
    public void The_KMS004_page_lists_every_parameter_as_the_analyzer_checks_it()
        => GeneratedSection.AssertCurrent(RepositoryPaths.Combine("docs", "rules", "KMS004.md"), "limits table", Table());

    [Fact]
    public void Every_row_names_its_source_and_what_it_accepts()
        => Assert.All(Rows(), row => Assert.False(string.IsNullOrWhiteSpace(row.Source) || string.IsNullOrWhiteSpace(row.Accepted), row.Name));

    private static string Table()
    {
        var table = new StringBuilder("\n| JSON name | SDK property or argument | accepted | KMS answers | source |\n|---|---|---|---|---|\n");
        foreach (var row in Rows())
        {
            var carriers = string.Join(", ", row.SdkProperties.Select(Carrier));
            var answer = row.ErrorCode ?? "the SDK: throws above the range, never retries below it";
            table.Append("| ").Append(row.Name).Append(" | ").Append(carriers).Append(" | ").Append(row.Accepted.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" | ").Append(answer).Append(" | ").Append(row.Source).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary><c>*.KeyId</c> → any body's KeyId; <c>TagItem.Value@Tags|Tag</c> → TagItem.Value (written in Tags, Tag).</summary>
    private static string Carrier(string sdkProperty)
    {
        var at = sdkProperty.IndexOf('@', StringComparison.Ordinal);
        var property = at < 0 ? sdkProperty : sdkProperty.Substring(0, at);
        var shown = property.StartsWith("*.", StringComparison.Ordinal) ? "any body's " + property.Substring(2) : property;
        return at < 0 ? shown : shown + " (written in " + sdkProperty.Substring(at + 1).Replace("|", ", ", StringComparison.Ordinal) + ")";
    }

    private static IEnumerable<RequestParameterRow> Rows() => RequestParameterRows.All;
}
