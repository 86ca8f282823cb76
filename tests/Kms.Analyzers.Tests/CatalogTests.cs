using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Kms.Analyzers.TestSupport;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.CatalogRefresh;
using Kms.ErrorCodes;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>The catalog (Kms.ErrorCodes) against the documentation tables it comes from.</summary>
public sealed class CatalogTests
{
    private static readonly SortedDictionary<string, DocumentedRow> Seeds = DocumentedTable.ReadSeeds();
    private static readonly Dictionary<string, EditionRow> Newest = CatalogRows.NewestEditionRows().ToDictionary(r => r.Code);

    [Fact]
    public void The_seeds_hold_68_distinct_codes_and_repeat_rows_only_identically()
    {
        Assert.Equal(68, Seeds.Count);
        foreach (var path in Directory.GetFiles(DocumentedTable.SeedFolder, "*.txt"))
        {
            foreach (var repeated in DocumentedTable.ReadRows(path).GroupBy(r => r.Code).Where(g => g.Count() > 1))
            {
                Assert.Single(repeated.Distinct());
            }
        }
    }

    [Fact]
    public void The_2025_12_09_edition_holds_160_KMS_codes_once_each()
    {
        Assert.Equal(160, DocumentedTable.ReadEdition20251209().Count);
        var kmsRows = DocumentedTable.ReadRows(DocumentedTable.Edition20251209).Where(r => r.Code.StartsWith("KMS.", StringComparison.Ordinal)).ToList();
        Assert.Equal(kmsRows.Count, kmsRows.Select(r => r.Code).Distinct().Count());
        Assert.Contains(DocumentedTable.ReadRows(DocumentedTable.Edition20251209), r => r.Code == "CSMS.0401");
    }

    [Fact]
    public void The_catalog_equals_the_newest_edition_code_by_code()
    {
        Assert.Equal(Newest.Keys.Order(StringComparer.Ordinal), KmsErrorCatalog.All.Select(e => e.Code));
        foreach (var error in KmsErrorCatalog.All)
        {
            var row = Newest[error.Code];
            Assert.Equal((row.HttpStatusCode, row.Message, row.Description, row.Measure), (error.HttpStatusCode, error.Message, error.Description, error.Measure));
        }
    }

    [Fact]
    public void Every_seed_code_is_in_the_catalog_with_the_seeds_status_and_message()
    {
        foreach (var seed in Seeds.Values)
        {
            Assert.True(KmsErrorCatalog.TryGet(seed.Code, out var error), seed.Code);
            Assert.Equal((seed.HttpStatusCode, seed.Message), (error.HttpStatusCode, error.Message));
        }
    }

    [Fact]
    public void The_newest_wording_wins_and_markup_is_stripped()
    {
        Assert.True(KmsErrorCatalog.TryGet("KMS.1602", out var marker));
        Assert.Equal("The value of marker must be greater than or equal to 0.", marker.Description); // the table: "**marker** … **0**"
        Assert.Equal("marker must be greater than or equals 0.", Seeds["KMS.1602"].Description);
        Assert.True(KmsErrorCatalog.TryGet("KMS.0210", out var pending));
        Assert.Equal("The key is scheduled to be deleted and is unavailable.", pending.Description);
        Assert.DoesNotContain(KmsErrorCatalog.All, e => (e.Message + e.Description + e.Measure).Contains("**", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_code_has_exactly_one_constant_named_as_the_catalog_says()
    {
        var constants = typeof(KmsErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);
        Assert.Equal(KmsErrorCatalog.All.Count, constants.Count);
        foreach (var error in KmsErrorCatalog.All)
        {
            Assert.Equal(error.ConstantName, constants[error.Code]);
        }

        Assert.Equal("KMS.0205", KmsErrorCodes.InvalidKeyId);
        Assert.Equal("KMS.2701", KmsErrorCodes.KeyMaterialNotDeletable);
        Assert.Equal("KMS.0207", KmsErrorCodes.KeyNotFound);
    }

    [Fact]
    public void The_constants_of_0_1_0_keep_their_names_and_values()
    {
        var shipped = File.ReadAllLines(RepositoryPaths.Combine("src", "Kms.ErrorCodes", "PublicAPI.Shipped.txt"))
            .Select(line => Regex.Match(line, "^const Kms\\.ErrorCodes\\.KmsErrorCodes\\.(\\w+) = \"(KMS\\.\\d{4})\"")).Where(m => m.Success).ToList();
        Assert.Equal(68, shipped.Count);
        foreach (var constant in shipped)
        {
            Assert.True(KmsErrorCatalog.TryGet(constant.Groups[2].Value, out var error));
            Assert.Equal(constant.Groups[1].Value, error.ConstantName);
        }
    }

    [Fact]
    public void Every_5xx_code_is_transient()
        => Assert.All(KmsErrorCatalog.All.Where(e => e.HttpStatusCode >= 500), e => Assert.True(e.IsTransient, e.Code));

    /// <summary>The page's rule for a 4xx: transient only where the text names a failed step of the service and the measure says to try again later.</summary>
    [Fact]
    public void A_4xx_decided_by_rule_is_transient_exactly_where_the_text_names_a_failure_and_the_measure_says_try_again_later()
    {
        foreach (var row in CatalogRows.All.Where(r => r.HttpStatusCode < 500 && r.Decided == "by rule"))
        {
            var failedStep = Regex.IsMatch(row.Message + " " + row.Description, "\\b[Ff]ail(ed|s|ure)?\\b")
                && row.Measure.Contains("Try again later", StringComparison.Ordinal);
            Assert.True(failedStep == (row.IsTransient == "true"), row.Code + " " + row.Message);
        }
    }

    [Theory]
    [InlineData("KMS.0100")]
    [InlineData("KMS.0104")]
    [InlineData("KMS.0105")]
    [InlineData("KMS.3806")]
    [InlineData("KMS.5021")]
    [InlineData("KMS.5022")]
    public void Codes_the_table_leaves_open_are_decided_one_by_one(string code)
        => Assert.Equal("one by one", CatalogRows.All.Single(r => r.Code == code).Decided);

    [Theory]
    [InlineData("KMS.0101", true)]
    [InlineData("KMS.0102", true)]
    [InlineData("KMS.2403", true)]
    [InlineData("KMS.0104", true)]
    [InlineData("KMS.0209", false)]
    [InlineData("KMS.0207", false)]
    [InlineData("KMS.0303", false)]
    [InlineData("KMS.0328", false)]
    [InlineData("KMS.0306", false)]
    [InlineData("KMS.5022", false)]
    [InlineData("KMS.0319", false)]
    public void Transience_of_codes_the_rules_reason_about(string code, bool transient)
        => Assert.Equal(transient, KmsErrorCatalog.IsTransient(code));

    [Fact]
    public void Every_row_says_why_and_where_the_code_was_first_documented()
    {
        var older = DocumentedTable.ReadRows(Path.Combine(DocumentedTable.SeedFolder, "000_068cdb6c38b22f3b.txt")).Select(r => r.Code).ToHashSet();
        var firstEdition = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var edition in CatalogRows.Editions)
        {
            foreach (var row in EditionReader.Read(File.ReadAllText(edition)))
            {
                firstEdition.TryAdd(row.Code, Path.GetFileNameWithoutExtension(edition));
            }
        }

        foreach (var row in CatalogRows.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Why), row.Code);
            var expected = older.Contains(row.Code) ? "kms_02_8887" : Seeds.ContainsKey(row.Code) ? "kms_02_8888" : firstEdition[row.Code];
            Assert.Equal(expected, row.Source);
        }
    }

    [Fact]
    public void Only_known_codes_are_transient_and_null_is_not()
    {
        Assert.True(KmsErrorCatalog.IsTransient(KmsErrorCodes.GrantCreationFailed));
        Assert.False(KmsErrorCatalog.IsTransient(KmsErrorCodes.KeyDisabled));
        Assert.False(KmsErrorCatalog.IsTransient("KMS.9999"));
        Assert.False(KmsErrorCatalog.IsTransient(null));
    }

    [Fact]
    public void Lookups_are_ordinal_and_null_safe()
    {
        Assert.True(KmsErrorCatalog.TryGet("KMS.0205", out var error));
        Assert.Equal((400, "InvalidKeyId", "Invalid key ID.", "Enter a valid key ID."), (error.HttpStatusCode, error.ConstantName, error.Message, error.Measure));
        Assert.Equal("KMS.0205", error.ToString());
        Assert.False(KmsErrorCatalog.TryGet("kms.0205", out var none));
        Assert.Null(none);
        Assert.False(KmsErrorCatalog.TryGet(null, out _));
        Assert.False(KmsErrorCatalog.IsKnown(null));
        Assert.False(KmsErrorCatalog.IsKnown("KMS.0213"));
        Assert.True(KmsErrorCatalog.IsKnown("KMS.0207"));
        Assert.True(KmsErrorCatalog.IsKnown("KMS.0101"));
    }

    [Fact]
    public void Limits_are_the_error_messages_ranges_or_wider()
    {
        Assert.Equal(new[] { KmsLimits.PendingDaysMin, KmsLimits.PendingDaysMax }, NumbersIn(KmsErrorCodes.InvalidPendingDeletionPeriod));
        Assert.Equal(new[] { KmsLimits.DatakeyLengthMin, KmsLimits.DatakeyLengthMax }, NumbersIn(KmsErrorCodes.DatakeyLengthOutOfRange));
        Assert.Equal(new[] { KmsLimits.MarkerMin }, NumbersIn(KmsErrorCodes.InvalidMarker));
        Assert.Equal(new[] { KmsLimits.RandomDataLengthMultiple }, NumbersIn(KmsErrorCodes.RandomDataLengthNotMultipleOfEight));
        Assert.Equal(new[] { KmsLimits.DatakeyLengthMultiple }, NumbersIn(KmsErrorCodes.DatakeyLengthNotMultipleOfEight));

        // The older messages name one value ("must be 512 bits", "64 bytes"); the API reference accepts a range that holds it.
        var random = Assert.Single(NumbersIn(KmsErrorCodes.InvalidRandomDataLength));
        Assert.InRange(random, KmsLimits.RandomDataLengthMin, KmsLimits.RandomDataLengthMax);
        Assert.Equal(0, random % KmsLimits.RandomDataLengthMultiple);
        Assert.InRange(Assert.Single(NumbersIn(KmsErrorCodes.InvalidDatakeyPlainLength)), KmsLimits.DatakeyPlainLengthMin, KmsLimits.DatakeyPlainLengthMax);
        Assert.InRange(Assert.Single(NumbersIn(KmsErrorCodes.InvalidDatakeyCipherLength)), KmsLimits.DatakeyCipherLengthMin, KmsLimits.DatakeyCipherLengthMax);
    }

    [Fact]
    public void The_constants_of_0_1_0_whose_meaning_changed_still_compile_with_their_values()
    {
#pragma warning disable CS0618 // the point: they are obsolete, and still there
        Assert.Equal((512, 64, 64, 36), (KmsLimits.RandomDataLength, KmsLimits.DatakeyPlainLength, KmsLimits.DatakeyCipherLength, KmsLimits.KeyIdLength));
#pragma warning restore CS0618
        foreach (var name in new[] { "RandomDataLength", "DatakeyPlainLength", "DatakeyCipherLength", "KeyIdLength" })
        {
            var field = typeof(KmsLimits).GetField(name)!;
            var obsolete = Assert.IsType<ObsoleteAttribute>(Attribute.GetCustomAttribute(field, typeof(ObsoleteAttribute)));
            Assert.Contains("Use those.", obsolete.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_constants_are_documented()
    {
        var xml = File.ReadAllText(Path.ChangeExtension(typeof(KmsErrorCodes).Assembly.Location, ".xml"));
        Assert.Contains("<member name=\"F:Kms.ErrorCodes.KmsErrorCodes.InvalidKeyId\">", xml, StringComparison.Ordinal);
        Assert.Contains("<c>KMS.0205</c> (HTTP 400): Invalid key ID.", xml, StringComparison.Ordinal);
        Assert.Contains("Measure: Enter a valid key ID.", xml, StringComparison.Ordinal);
    }

    private static int[] NumbersIn(string code)
    {
        Assert.True(KmsErrorCatalog.TryGet(code, out var error));
        return Regex.Matches(error.Message, @"\d[\d,]*").Select(m => int.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal))).ToArray();
    }
}
