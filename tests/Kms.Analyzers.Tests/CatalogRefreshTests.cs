using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.CatalogRefresh;
using Kms.ErrorCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>eng/CatalogRefresh: a new edition of the table becomes the catalog, keeping every name and decision.</summary>
public sealed class CatalogRefreshTests
{
    private static readonly object ConsoleLock = new();

    private static string CatalogText => File.ReadAllText(CatalogRows.Path);

    [Fact]
    public void Refreshing_from_the_newest_edition_reproduces_the_checked_in_catalog()
    {
        var edition = CatalogRows.NewestEditionRows();
        var (catalog, changes) = CatalogRefresher.Refresh(CatalogFile.Parse(CatalogText), edition, Path.GetFileNameWithoutExtension(CatalogRows.NewestEdition));

        Assert.Empty(changes);
        Assert.Equal(CatalogText.Replace("\r\n", "\n", StringComparison.Ordinal), catalog.ToString());
    }

    [Fact]
    public void The_tools_rows_are_the_documentation_tables_read_independently()
    {
        var edition = EditionReader.Read(File.ReadAllText(DocumentedTable.Edition20251209));
        Assert.Equal(
            DocumentedTable.ReadEdition20251209().Values.Select(r => (r.HttpStatusCode, r.Code, r.Message, r.Description, r.Measure)),
            edition.Select(r => (r.HttpStatusCode, r.Code, r.Message, r.Description, r.Measure)));
    }

    [Fact]
    public void New_changed_and_gone_codes_are_listed_and_names_and_decisions_are_kept()
    {
        var current = CatalogFile.Parse(CatalogText);
        var withoutKeyNotFound = current with { Rows = current.Rows.Where(r => r.Code != "KMS.0207").ToList() };
        var edition = EditionReader.Read(File.ReadAllText(DocumentedTable.Edition20251209))
            .Where(r => r.Code != "KMS.0101")
            .Select(r => r.Code switch
            {
                "KMS.0209" => r with { Measure = "Enable the key, then send the request again." },
                "KMS.2403" => r with { HttpStatusCode = 500 },
                _ => r,
            })
            .ToList();

        var (catalog, changes) = CatalogRefresher.Refresh(withoutKeyNotFound, edition, "error_code-2026-06-01");

        Assert.Equal(
            new[] { ("KMS.0207", CatalogChangeKind.New), ("KMS.0209", CatalogChangeKind.Changed), ("KMS.2403", CatalogChangeKind.Changed), ("KMS.0101", CatalogChangeKind.Gone) },
            changes.Select(c => (c.Code, c.Kind)));
        Assert.Contains("review the transience decision", changes[2].Detail, StringComparison.Ordinal);

        var added = catalog.Rows.Single(r => r.Code == "KMS.0207");
        Assert.Equal(("KeyDoesNotExist", 404, "?", "?", "?", "error_code-2026-06-01"), (added.ConstantName, added.HttpStatusCode, added.IsTransient, added.Decided, added.Why, added.Source));

        var disabled = catalog.Rows.Single(r => r.Code == "KMS.0209");
        Assert.Equal(("KeyDisabled", "false", "the key's state", "Enable the key, then send the request again."), (disabled.ConstantName, disabled.IsTransient, disabled.Why, disabled.Measure));
        Assert.Equal(500, catalog.Rows.Single(r => r.Code == "KMS.2403").HttpStatusCode);
        Assert.Equal(current.Rows.Single(r => r.Code == "KMS.0101"), catalog.Rows.Single(r => r.Code == "KMS.0101"));
        Assert.Equal(catalog.Rows.Select(r => r.Code).Order(StringComparer.Ordinal), catalog.Rows.Select(r => r.Code));
    }

    [Fact]
    public void The_build_stops_on_a_row_nobody_decided_yet()
    {
        var current = CatalogFile.Parse(CatalogText);
        var edition = EditionReader.Read(File.ReadAllText(DocumentedTable.Edition20251209));
        var (catalog, _) = CatalogRefresher.Refresh(current with { Rows = current.Rows.Where(r => r.Code != "KMS.0207").ToList() }, edition, "next");

        var decided = Generate(current.ToString());
        var undecided = Generate(catalog.ToString());

        Assert.DoesNotContain("#error", decided, StringComparison.Ordinal);
        Assert.Contains("#error KmsErrorCodes.tsv line", undecided, StringComparison.Ordinal);
        Assert.Contains("KMS.0207 needs a transience decision", undecided, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_HTML_page_reads_as_the_RST_table_does()
    {
        var rows = DocumentedTable.ReadRows(DocumentedTable.Edition20251209);
        var html = new StringBuilder("<html><body><h1>Error Codes</h1><table><thead><tr><th>Status Code</th><th>Error Code</th><th>Message</th><th>Description</th><th>Measure</th></tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><td><p>").Append(row.HttpStatusCode).Append("</p></td><td>\n  <p>").Append(row.Code).Append("&nbsp;</p></td>");
            foreach (var text in new[] { row.Message, row.Description, row.Measure })
            {
                html.Append("<td><p>").Append(WebUtility.HtmlEncode(text).Replace("Pending", "<strong>Pending</strong>", StringComparison.Ordinal)).Append("</p></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></body></html>");

        Assert.Equal(EditionReader.Read(File.ReadAllText(DocumentedTable.Edition20251209)), EditionReader.Read(html.ToString()));
    }

    [Theory]
    [InlineData("The key does not exist.", "KeyDoesNotExist")]
    [InlineData("X-Auth-Token expired.", "XAuthTokenExpired")]
    [InlineData("random_data_length must be a multiple of 8.", "RandomDataLengthMustBeMultipleOf8")]
    [InlineData("404", "Code404")]
    public void A_proposed_name_is_the_messages_words(string message, string name) => Assert.Equal(name, NameProposal.From(message));

    [Fact]
    public void A_proposed_name_never_takes_one_in_use()
    {
        var taken = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal) { "InvalidTags", "InvalidTags2" };
        Assert.Equal("InvalidTags3", NameProposal.Unique("InvalidTags", taken));
        Assert.Contains("InvalidTags3", taken);
    }

    [Fact]
    public void The_command_checks_writes_and_reports()
    {
        var folder = Directory.CreateTempSubdirectory("kms-refresh-").FullName;
        try
        {
            var catalogPath = Path.Combine(folder, "KmsErrorCodes.tsv");
            File.WriteAllText(catalogPath, CatalogText);
            var (checkCode, checkOutput) = Run(DocumentedTable.Edition20251209, "--catalog", catalogPath, "--check");
            Assert.Equal(0, checkCode);
            Assert.Contains("160 KMS codes in error_code-2025-12-09.rst; the catalog has 160.", checkOutput, StringComparison.Ordinal);
            Assert.Contains("The catalog is up to date.", checkOutput, StringComparison.Ordinal);

            File.WriteAllLines(catalogPath, File.ReadAllLines(catalogPath).Where(line => !line.StartsWith("KMS.0207", StringComparison.Ordinal)));
            Assert.Equal(1, Run(DocumentedTable.Edition20251209, "--catalog", catalogPath, "--check").Code);

            var (writeCode, writeOutput) = Run(DocumentedTable.Edition20251209, "--catalog", catalogPath);
            Assert.Equal(0, writeCode);
            Assert.Contains("new: KMS.0207: HTTP 404 \"The key does not exist.\": check the proposed name KeyDoesNotExist", writeOutput, StringComparison.Ordinal);
            Assert.Contains("KMS.0207\tKeyDoesNotExist\t404\t?\t?\t?\terror_code-2025-12-09\t", File.ReadAllText(catalogPath), StringComparison.Ordinal);
            Assert.Equal(2, Run(Path.Combine(folder, "missing.rst")).Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var output = new StringWriter();
            var (stdout, stderr) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(output);
            try
            {
                var code = (int)typeof(CatalogRow).Assembly.EntryPoint!.Invoke(null, new object[] { args })!;
                return (code, output.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }

    private static string Generate(string tsv)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new CatalogGenerator().AsSourceGenerator() }, new[] { (AdditionalText)new InMemoryText("KmsErrorCodes.tsv", tsv) });
        var result = driver.RunGenerators(CSharpCompilation.Create("Catalog"), CancellationToken.None).GetRunResult();
        return Assert.Single(result.GeneratedTrees).ToString();
    }
}
