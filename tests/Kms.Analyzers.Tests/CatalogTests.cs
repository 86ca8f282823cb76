using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Kms.Analyzers.TestSupport;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.ErrorCodes;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>The catalog (Kms.ErrorCodes) against the documentation tables it comes from.</summary>
public sealed class CatalogTests
{
    private static readonly SortedDictionary<string, SeedRow> Seeds = SeedTable.ReadMerged();

    [Fact]
    public void The_seeds_hold_68_distinct_codes_and_repeat_rows_only_identically()
    {
        Assert.Equal(68, Seeds.Count);
        foreach (var path in Directory.GetFiles(SeedTable.Folder, "*.txt"))
        {
            foreach (var repeated in SeedTable.ReadRows(path).GroupBy(r => r.Code).Where(g => g.Count() > 1))
            {
                Assert.Single(repeated.Distinct());
            }
        }
    }

    [Fact]
    public void The_catalog_equals_the_seeds_code_by_code()
    {
        Assert.Equal(Seeds.Keys, KmsErrorCatalog.All.Select(e => e.Code));
        foreach (var error in KmsErrorCatalog.All)
        {
            var seed = Seeds[error.Code];
            Assert.Equal((seed.HttpStatusCode, seed.Message, seed.Description, seed.Measure), (error.HttpStatusCode, error.Message, error.Description, error.Measure));
        }
    }

    [Fact]
    public void The_newer_edition_wins_and_markup_is_stripped()
    {
        Assert.True(KmsErrorCatalog.TryGet("KMS.0309", out var external));
        Assert.Equal("External keys required.", external.Description); // older edition: "An external key is required."
        Assert.True(KmsErrorCatalog.TryGet("KMS.1602", out var marker));
        Assert.Equal("marker must be greater than or equals 0.", marker.Description); // older edition: "**marker** must …"
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
    }

    [Fact]
    public void Only_the_internal_errors_and_the_grant_failure_are_transient()
    {
        Assert.Equal(new[] { "KMS.0101", "KMS.0102", "KMS.2403" }, KmsErrorCatalog.All.Where(e => e.IsTransient).Select(e => e.Code));
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
        Assert.False(KmsErrorCatalog.IsKnown("KMS.0207"));
        Assert.True(KmsErrorCatalog.IsKnown("KMS.0101"));
    }

    [Fact]
    public void Limits_are_the_error_messages_ranges_or_wider()
    {
        Assert.Equal(new[] { KmsLimits.PendingDaysMin, KmsLimits.PendingDaysMax }, NumbersIn(KmsErrorCodes.InvalidPendingDeletionPeriod));
        Assert.Equal(new[] { KmsLimits.DatakeyLengthMin, KmsLimits.DatakeyLengthMax }, NumbersIn(KmsErrorCodes.DatakeyLengthOutOfRange));
        Assert.Equal(new[] { KmsLimits.MarkerMin }, NumbersIn(KmsErrorCodes.InvalidMarker));

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

    [Fact]
    public void The_KMS003_page_says_of_every_code_whether_a_retry_can_succeed()
    {
        var page = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", "KMS003.md"));
        var rows = Regex.Matches(page, @"^\| (KMS\.\d{4}) \| `(\w+)` \| (\d+) \| (transient|not transient) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value);
        Assert.Equal(KmsErrorCatalog.All.Count, rows.Count);
        foreach (var error in KmsErrorCatalog.All)
        {
            var row = rows[error.Code];
            Assert.Equal(error.ConstantName, row.Groups[2].Value);
            Assert.Equal(error.HttpStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Groups[3].Value);
            Assert.Equal(error.IsTransient ? "transient" : "not transient", row.Groups[4].Value);
        }
    }

    private static int[] NumbersIn(string code)
    {
        Assert.True(KmsErrorCatalog.TryGet(code, out var error));
        return Regex.Matches(error.Message, @"\d[\d,]*").Select(m => int.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal))).ToArray();
    }
}
