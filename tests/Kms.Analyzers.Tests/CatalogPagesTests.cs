using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.Analyzers.TestSupport;
using Kms.CatalogRefresh;
using Kms.ErrorCodes;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>What README and the rule pages say of the catalog (counts, statuses, every code's transience) is generated from it.</summary>
public sealed class CatalogPagesTests
{
    [Fact]
    public void README_counts_the_codes_and_the_transient_ones()
    {
        var edition = Path.GetFileNameWithoutExtension(CatalogRows.NewestEdition).Replace("error_code-", string.Empty, StringComparison.Ordinal);
        var transient = KmsErrorCatalog.All.Count(e => e.IsTransient);
        GeneratedSection.AssertCurrent(
            RepositoryPaths.Combine("README.md"),
            "catalog",
            "\nThe catalog holds all " + Count(KmsErrorCatalog.All.Count) + " codes of the KMS error-code table of " + edition + ", each with its status,\n"
            + "message, measure and transience: " + transient + " can succeed on retry, the other " + (KmsErrorCatalog.All.Count - transient) + " cannot.\n");
    }

    [Fact]
    public void The_KMS003_page_names_the_transient_codes()
    {
        var transient = KmsErrorCatalog.All.Where(e => e.IsTransient).Select(e => "`" + e.Code + "`").ToList();
        GeneratedSection.AssertCurrent(
            Page("KMS003"),
            "transient codes",
            "\nOf the catalog's " + Count(KmsErrorCatalog.All.Count) + " codes, " + transient.Count + " can succeed when the same request is sent again: "
            + string.Join(", ", transient.Take(transient.Count - 1)) + " and " + transient[^1] + ".\n");
    }

    [Fact]
    public void The_KMS003_page_lists_the_codes_decided_one_by_one_with_the_choice_and_the_reason()
    {
        var table = new StringBuilder("\n| Code | HTTP | The table says | Retry? | Why |\n|---|---|---|---|---|\n");
        foreach (var row in CatalogRows.All.Where(r => r.Decided == "one by one"))
        {
            table.Append("| ").Append(row.Code).Append(" | ").Append(row.HttpStatusCode.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Cell(row.Message + " " + Differing(row.Description, row.Message) + "Measure: " + row.Measure))
                .Append(" | ").Append(Retry(row)).Append(" | ").Append(Cell(row.Why)).Append(" |\n");
        }

        GeneratedSection.AssertCurrent(Page("KMS003"), "decided one by one", table.ToString());
    }

    [Fact]
    public void The_KMS003_page_counts_the_codes_of_each_cause_decided_by_the_rule()
    {
        var table = new StringBuilder("\n| Cause | Retry? | Codes |\n|---|---|---|\n");
        foreach (var cause in CatalogRows.All.Where(r => r.Decided == "by rule").GroupBy(r => (r.Why, Retry: Retry(r))).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Why, StringComparer.Ordinal))
        {
            table.Append("| ").Append(Cell(cause.Key.Why)).Append(" | ").Append(cause.Key.Retry).Append(" | ").Append(cause.Count()).Append(" |\n");
        }

        GeneratedSection.AssertCurrent(Page("KMS003"), "causes", table.ToString());
    }

    [Fact]
    public void The_KMS003_page_says_of_every_code_whether_a_retry_can_succeed_and_why()
    {
        var table = new StringBuilder("\n| Code | Constant | HTTP | Retry? | Why | The table says |\n|---|---|---|---|---|---|\n");
        foreach (var row in CatalogRows.All)
        {
            table.Append("| ").Append(row.Code).Append(" | `").Append(row.ConstantName).Append("` | ").Append(row.HttpStatusCode.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Retry(row)).Append(" | ").Append(row.Decided == "one by one" ? "decided one by one (above)" : Cell(row.Why))
                .Append(" | ").Append(Cell(Said(row))).Append(" |\n");
        }

        GeneratedSection.AssertCurrent(Page("KMS003"), "every code", table.ToString());
    }

    [Fact]
    public void The_pages_tables_agree_with_the_generated_catalog()
    {
        Assert.Equal(KmsErrorCatalog.All.Select(e => (e.Code, e.ConstantName, e.HttpStatusCode, e.IsTransient)), CatalogRows.All.Select(r => (r.Code, r.ConstantName, r.HttpStatusCode, r.IsTransient == "true")));
    }

    [Fact]
    public void The_KMS006_page_counts_the_codes_of_each_status_class()
    {
        var client = KmsErrorCatalog.All.Where(e => e.HttpStatusCode < 500).ToList();
        var server = KmsErrorCatalog.All.Where(e => e.HttpStatusCode >= 500).ToList();
        GeneratedSection.AssertCurrent(
            Page("KMS006"),
            "statuses",
            "\nOf the catalog's " + Count(KmsErrorCatalog.All.Count) + " codes, " + client.Count + " have a 4xx status (" + Statuses(client) + ") and arrive as\n"
            + "`ClientRequestException`; " + server.Count + " have a 5xx status (" + Statuses(server) + ") and arrive as `ServerResponseException`.\n");
    }

    /// <summary>The page's examples of a code KMS lacks are codes the catalog lacks, and its fix example is what the fix offers.</summary>
    [Fact]
    public void The_KMS002_pages_unknown_codes_are_absent_from_the_catalog_and_its_fix_example_is_true()
    {
        var page = File.ReadAllText(Page("KMS002"));
        var prose = Regex.Replace(page, "^kms_analyzers\\.additional_codes = .*$", string.Empty, RegexOptions.Multiline);
        var unknown = Regex.Matches(prose, "KMS\\.[0-9]{4}").Select(m => m.Value).Where(c => !KmsErrorCatalog.IsKnown(c)).Distinct().ToList();
        Assert.Equal(new[] { "KMS.0213" }, unknown);
        Assert.Contains("such as `\"KMS.0213\"`", page, StringComparison.Ordinal);

        var example = Regex.Match(page, "`KMS\\.0213` → (.*?)\\. No fix", RegexOptions.Singleline).Groups[1].Value;
        var offered = Regex.Matches(example, "`(?:KmsErrorCodes\\.)?(\\w+)` \\((KMS\\.[0-9]{4})\\)").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var nearest = (System.Collections.IList)typeof(ErrorCodeLiteralAnalyzer).Assembly.GetType("Kms.Analyzers.NearestErrorCodes", throwOnError: true)!
            .GetMethod("Find")!.Invoke(null, new object[] { "KMS.0213" })!;
        Assert.Equal(nearest.Cast<object>().Select(e => (ConstantNameOf(e), CodeOf(e))), offered);

        static string ConstantNameOf(object error) => (string)error.GetType().GetProperty("ConstantName")!.GetValue(error)!;
        static string CodeOf(object error) => (string)error.GetType().GetProperty("Code")!.GetValue(error)!;
    }

    private static string Page(string id) => RepositoryPaths.Combine("docs", "rules", id + ".md");

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Statuses(IEnumerable<KmsError> errors)
        => string.Join(", ", errors.Select(e => e.HttpStatusCode).Distinct().Order().Select(s => s.ToString(CultureInfo.InvariantCulture)));

    private static string Retry(CatalogRow row) => row.IsTransient == "true" ? "transient" : "not transient";

    /// <summary>The message, and the measure where the message does not already say it.</summary>
    private static string Said(CatalogRow row)
        => row.Message.Contains(row.Measure, StringComparison.Ordinal) ? row.Message : row.Message + " " + row.Measure;

    /// <summary>The description where it says more than the message, followed by a space; nothing where it repeats it.</summary>
    private static string Differing(string description, string message)
        => string.Equals(description.TrimEnd('.'), message.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) ? string.Empty : "(" + description + ") ";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
