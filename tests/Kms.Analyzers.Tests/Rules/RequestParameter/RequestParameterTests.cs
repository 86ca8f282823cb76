using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.RequestParameterAnalyzer, Kms.Analyzers.RequestParameterCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>KMS004: constants KMS (or the SDK) is documented to reject.</summary>
public sealed class RequestParameterTests
{
    private const string ValidKeyId = "\"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f\"";

    /// <summary>Every row of KmsRequestLimits.tsv, each bound from both sides: body, property, value, rejected?</summary>
    public static IEnumerable<object[]> Rows()
    {
        var rows = new List<(string Body, string Property, string Value, bool Rejected)>
        {
            ("ScheduleKeyDeletionRequestBody", "PendingDays", "\"6\"", true),
            ("ScheduleKeyDeletionRequestBody", "PendingDays", "\"7\"", false),
            ("ScheduleKeyDeletionRequestBody", "PendingDays", "\"1096\"", false),
            ("ScheduleKeyDeletionRequestBody", "PendingDays", "\"1097\"", true),
            ("ScheduleKeyDeletionRequestBody", "PendingDays", "\"seven\"", true),
            ("CreateDatakeyRequestBody", "DatakeyLength", "\"8\"", false),
            ("CreateDatakeyRequestBody", "DatakeyLength", "\"12\"", true),
            ("CreateDatakeyRequestBody", "DatakeyLength", "\"0\"", true),
            ("CreateDatakeyRequestBody", "DatakeyLength", "\"512\"", false),
            ("CreateDatakeyRequestBody", "DatakeyLength", "\"8192\"", false),
            ("CreateDatakeyRequestBody", "DatakeyLength", "\"8200\"", true),
            ("GenRandomRequestBody", "RandomDataLength", "\"0\"", true),
            ("GenRandomRequestBody", "RandomDataLength", "\"8\"", false),
            ("GenRandomRequestBody", "RandomDataLength", "\"100\"", true),
            ("GenRandomRequestBody", "RandomDataLength", "\"256\"", false),
            ("GenRandomRequestBody", "RandomDataLength", "\"512\"", false),
            ("GenRandomRequestBody", "RandomDataLength", "\"8192\"", false),
            ("GenRandomRequestBody", "RandomDataLength", "\"8200\"", true),
            ("EncryptDatakeyRequestBody", "DatakeyPlainLength", "\"0\"", true),
            ("EncryptDatakeyRequestBody", "DatakeyPlainLength", "\"1\"", false),
            ("EncryptDatakeyRequestBody", "DatakeyPlainLength", "\"32\"", false),
            ("EncryptDatakeyRequestBody", "DatakeyPlainLength", "\"1024\"", false),
            ("EncryptDatakeyRequestBody", "DatakeyPlainLength", "\"1025\"", true),
            ("DecryptDatakeyRequestBody", "DatakeyCipherLength", "\"0\"", true),
            ("DecryptDatakeyRequestBody", "DatakeyCipherLength", "\"1\"", false),
            ("DecryptDatakeyRequestBody", "DatakeyCipherLength", "\"128\"", false),
            ("DecryptDatakeyRequestBody", "DatakeyCipherLength", "\"1024\"", false),
            ("DecryptDatakeyRequestBody", "DatakeyCipherLength", "\"1025\"", true),
            ("ListKeysRequestBody", "Marker", "\"0\"", false),
            ("ListKeysRequestBody", "Marker", "\"-1\"", true),
            ("ListGrantsRequestBody", "Marker", "\"-1\"", true),
            ("ListRetirableGrantsRequestBody", "Marker", "\"-1\"", true),
            ("ListKeysRequestBody", "Limit", "\"1\"", false),
            ("ListKeysRequestBody", "Limit", "\"0\"", true),
            ("ListKeysRequestBody", "Limit", "\"2000\"", false),
            ("ListKeysRequestBody", "Limit", "\"2001\"", true),
            ("ListKeysRequestBody", "Limit", "\"5000\"", true),
            ("ListGrantsRequestBody", "Limit", "\"5000\"", false),
            ("ListGrantsRequestBody", "Limit", "\"0\"", true),
            ("ListRetirableGrantsRequestBody", "Limit", "\"0\"", true),
            ("ListKmsByTagsRequestBody", "Limit", "\"1\"", false),
            ("ListKmsByTagsRequestBody", "Limit", "\"1000\"", false),
            ("ListKmsByTagsRequestBody", "Limit", "\"1001\"", true),
            ("ListKmsByTagsRequestBody", "Limit", "\"0\"", true),
            ("ListKmsByTagsRequestBody", "Offset", "\"0\"", false),
            ("ListKmsByTagsRequestBody", "Offset", "\"-1\"", true),
            ("ListKeysRequestBody", "KeyState", "\"1\"", false),
            ("ListKeysRequestBody", "KeyState", "\"5\"", false),
            ("ListKeysRequestBody", "KeyState", "\"0\"", true),
            ("ListKeysRequestBody", "KeyState", "\"6\"", true),
            ("ListKeysRequestBody", "KeyState", "\"3\"", false),
            ("ListKeysRequestBody", "KeyState", "\"03\"", true),
            ("ListKeysRequestBody", "KeyState", "\"+3\"", true),
            ("CreateKeyRequestBody", "KeyAlias", "\"alias/payments:key_1-a\"", false),
            ("CreateKeyRequestBody", "KeyAlias", "\"\"", true),
            ("CreateKeyRequestBody", "KeyAlias", "\"my key\"", true),
            ("CreateKeyRequestBody", "KeyAlias", "\"" + new string('a', 255) + "\"", false),
            ("CreateKeyRequestBody", "KeyAlias", "\"" + new string('a', 256) + "\"", true),
            ("UpdateKeyAliasRequestBody", "KeyAlias", "\"payments/default\"", true),
            ("CreateKeyRequestBody", "KeyAlias", "\"app/default\"", true),
            ("UpdateKeyAliasRequestBody", "KeyAlias", "\"app/default\"", true),
            ("CreateKeyRequestBody", "KeyAlias", "\"app/defaults\"", false),
            ("CreateKeyRequestBody", "KeyAlias", "\"default\"", false),
            ("UpdateKeyAliasRequestBody", "KeyAlias", "\"payments/primary\"", false),
            ("CreateKeyRequestBody", "KeyDescription", "\"\"", false),
            ("CreateKeyRequestBody", "KeyDescription", "\"" + new string('d', 255) + "\"", false),
            ("CreateKeyRequestBody", "KeyDescription", "\"" + new string('d', 256) + "\"", true),
            ("UpdateKeyDescriptionRequestBody", "KeyDescription", "\"" + new string('d', 256) + "\"", true),
            ("UpdateKeyRotationIntervalRequestBody", "RotationInterval", "29", true),
            ("UpdateKeyRotationIntervalRequestBody", "RotationInterval", "30", false),
            ("UpdateKeyRotationIntervalRequestBody", "RotationInterval", "365", false),
            ("UpdateKeyRotationIntervalRequestBody", "RotationInterval", "366", true),
            ("CreateGrantRequestBody", "GranteePrincipal", "\"0123abcdef\"", false),
            ("CreateGrantRequestBody", "GranteePrincipal", "\"\"", true),
            ("CreateGrantRequestBody", "GranteePrincipal", "\"user-1\"", true),
            ("CreateGrantRequestBody", "GranteePrincipal", "\"" + new string('a', 64) + "\"", false),
            ("CreateGrantRequestBody", "GranteePrincipal", "\"" + new string('a', 65) + "\"", true),
            ("CreateGrantRequestBody", "RetiringPrincipal", "\"user_1\"", true),
            ("CreateGrantRequestBody", "RetiringPrincipal", "\"" + new string('r', 64) + "\"", false),
            ("CreateGrantRequestBody", "RetiringPrincipal", "\"" + new string('r', 65) + "\"", true),
            ("CreateGrantRequestBody", "RetiringPrincipal", "\"\"", true),
            ("CreateGrantRequestBody", "Operations", "new List<string> { \"create-grant\" }", true),
            ("CreateGrantRequestBody", "Operations", "new List<string> { \"create-grant\", \"encrypt-datakey\" }", false),
            ("CreateGrantRequestBody", "Operations", "[\"create-grant\"]", true),
            ("CreateGrantRequestBody", "Operations", "[\"describe-key\"]", false),
            ("RevokeGrantRequestBody", "GrantId", "\"" + new string('f', 64) + "\"", false),
            ("RevokeGrantRequestBody", "GrantId", "\"" + new string('f', 63) + "\"", true),
            ("RevokeGrantRequestBody", "GrantId", "\"" + new string('g', 64) + "\"", true),
            ("TagItem", "Key", "\"\"", true),
            ("TagItem", "Key", "\"" + new string('k', 36) + "\"", false),
            ("TagItem", "Key", "\"" + new string('k', 37) + "\"", true),
            ("Tag", "Key", "\"" + new string('k', 37) + "\"", true),
            ("TagItem", "Key", "\"" + string.Concat(Enumerable.Repeat("\\U0001F511", 36)) + "\"", false),
            ("TagItem", "Key", "\"" + string.Concat(Enumerable.Repeat("\\U0001F511", 37)) + "\"", true),
            ("TagItem", "Key", "\"team=payments\"", true),
            ("TagItem", "Key", "\"team-payments_01.x:y/z\"", false),
            ("TagItem", "Key", "\"a*b\"", true),
            ("TagItem", "Key", "\"line\\nbreak\"", true),
            ("ScheduleKeyDeletionRequestBody", "KeyId", ValidKeyId, false),
            ("ScheduleKeyDeletionRequestBody", "KeyId", "\"0A1B2C3D-0A1B-0A1B-0A1B-0A1B2C3D4E5F\"", false),
            ("CreateDatakeyRequestBody", "KeyId", "\"orders-key\"", false),
            ("RevokeGrantRequestBody", "KeyId", "\"alias/orders:2024_a\"", false),
            ("CreateDatakeyRequestBody", "KeyId", "\"not a key id\"", true),
            ("RevokeGrantRequestBody", "KeyId", "\"\"", true),
            ("ScheduleKeyDeletionRequestBody", "KeyId", "\"" + new string('k', 255) + "\"", false),
            ("ScheduleKeyDeletionRequestBody", "KeyId", "\"" + new string('k', 256) + "\"", true),
            ("ListKeysRequestBody", "Sequence", "\"" + new string('s', 36) + "\"", false),
            ("GenRandomRequestBody", "Sequence", "\"" + new string('s', 35) + "\"", true),
            ("GenRandomRequestBody", "Sequence", "\"" + new string('s', 37) + "\"", true),
            ("CreateKeyRequestBody", "KeyDescription", "\"" + string.Concat(Enumerable.Repeat("\\U0001F511", 255)) + "\"", false),
            ("CreateKeyRequestBody", "KeyDescription", "\"" + string.Concat(Enumerable.Repeat("\\U0001F511", 256)) + "\"", true),
            ("EncryptDataRequestBody", "PlainText", "\"\"", true),
            ("EncryptDataRequestBody", "PlainText", "\"x\"", false),
            ("EncryptDataRequestBody", "PlainText", Text('p', 4096), false),
            ("EncryptDataRequestBody", "PlainText", Text('p', 4097), true),
            ("EncryptDataRequestBody", "PlainText", Repeat("\\u00E9", 2048), false),
            ("EncryptDataRequestBody", "PlainText", Repeat("\\u00E9", 2049), true),
            ("EncryptDataRequestBody", "AdditionalAuthenticatedData", "\"\"", false),
            ("EncryptDataRequestBody", "AdditionalAuthenticatedData", Text('a', 128), false),
            ("EncryptDataRequestBody", "AdditionalAuthenticatedData", Text('a', 129), true),
            ("CreateDatakeyRequestBody", "AdditionalAuthenticatedData", Repeat("\\u00E9", 64), false),
            ("DecryptDatakeyRequestBody", "AdditionalAuthenticatedData", Repeat("\\u00E9", 65), true),
            ("DecryptDataRequestBody", "CipherText", Text('A', 127), true),
            ("DecryptDataRequestBody", "CipherText", Text('A', 128), false),
            ("DecryptDataRequestBody", "CipherText", "\"" + new string('A', 124) + "+/==\"", false),
            ("DecryptDataRequestBody", "CipherText", Text('A', 5648), false),
            ("DecryptDataRequestBody", "CipherText", Text('A', 5649), true),
            ("DecryptDataRequestBody", "CipherText", "\"" + new string('A', 127) + "-\"", true),
            ("DecryptDatakeyRequestBody", "CipherText", "\"0a1b\"", false),
            ("ImportKeyMaterialRequestBody", "ImportToken", Text('T', 199), true),
            ("ImportKeyMaterialRequestBody", "ImportToken", Text('T', 200), false),
            ("ImportKeyMaterialRequestBody", "ImportToken", Text('T', 6144), false),
            ("ImportKeyMaterialRequestBody", "ImportToken", Text('T', 6145), true),
            ("ImportKeyMaterialRequestBody", "ImportToken", "\"" + new string('T', 199) + "*\"", true),
            ("ImportKeyMaterialRequestBody", "EncryptedPrivatekey", Text('P', 199), true),
            ("ImportKeyMaterialRequestBody", "EncryptedPrivatekey", Text('P', 200), false),
            ("ImportKeyMaterialRequestBody", "EncryptedPrivatekey", Text('P', 6144), false),
            ("ImportKeyMaterialRequestBody", "EncryptedPrivatekey", Text('P', 6145), true),
            ("ImportKeyMaterialRequestBody", "EncryptedKeyMaterial", Text('M', 343), true),
            ("ImportKeyMaterialRequestBody", "EncryptedKeyMaterial", Text('M', 344), false),
            ("ImportKeyMaterialRequestBody", "EncryptedKeyMaterial", Text('M', 360), false),
            ("ImportKeyMaterialRequestBody", "EncryptedKeyMaterial", Text('M', 361), true),
            ("SignRequestBody", "Message", "\"\"", false),
            ("SignRequestBody", "Message", "\"aGVsbG8=\"", false),
            ("SignRequestBody", "Message", "\"hello world\"", true),
            ("SignRequestBody", "Message", Text('m', 5460), false),
            ("SignRequestBody", "Message", Text('m', 5461), true),
            ("VerifyRequestBody", "Message", Text('m', 5460), false),
            ("VerifyRequestBody", "Message", Text('m', 5461), true),
            ("GenerateMacRequestBody", "Message", "\"\"", true),
            ("GenerateMacRequestBody", "Message", "\"aGk=\"", false),
            ("GenerateMacRequestBody", "Message", Text('m', 5464), false),
            ("GenerateMacRequestBody", "Message", Text('m', 5465), true),
            ("VerifyMacRequestBody", "Message", "\"\"", true),
            ("VerifyMacRequestBody", "Message", Text('m', 5464), false),
            ("CreateGrantRequestBody", "Name", "\"\"", true),
            ("CreateGrantRequestBody", "Name", "\"grant/payments:1_a-b\"", false),
            ("CreateGrantRequestBody", "Name", "\"my grant\"", true),
            ("CreateGrantRequestBody", "Name", Text('g', 255), false),
            ("CreateGrantRequestBody", "Name", Text('g', 256), true),
            ("ListAliasesRequest", "Limit", "\"0\"", true),
            ("ListAliasesRequest", "Limit", "\"1\"", false),
            ("ListAliasesRequest", "Limit", "\"100\"", false),
            ("ListAliasesRequest", "Limit", "\"101\"", true),
            ("ListKmsByTagsRequestBody", "Tags", "new List<Tag> { " + string.Join(", ", Enumerable.Repeat("new Tag()", 10)) + " }", false),
            ("ListKmsByTagsRequestBody", "Tags", "new List<Tag> { " + string.Join(", ", Enumerable.Repeat("new Tag()", 11)) + " }", true),
            ("ListKmsByTagsRequestBody", "Tags", "[" + string.Join(", ", Enumerable.Repeat("new Tag()", 10)) + "]", false),
            ("ListKmsByTagsRequestBody", "Tags", "[" + string.Join(", ", Enumerable.Repeat("new Tag()", 11)) + "]", true),
            ("ListKmsByTagsRequestBody", "Tags", "new List<Tag>()", false),
            ("ListKmsByTagsRequestBody", "Tags", "new List<Tag>(20)", false),
            ("ListKmsByTagsRequestBody", "Tags", "new List<Tag> { Capacity = 20 }", false),
            ("ListKmsByTagsRequestBody", "Action", "\"filter\"", false),
            ("ListKmsByTagsRequestBody", "Action", "\"count\"", false),
            ("ListKmsByTagsRequestBody", "Action", "\"Filter\"", true),
            ("ListKmsByTagsRequestBody", "Action", "\"delete\"", true),
            ("EncryptDatakeyRequestBody", "PinType", "\"CipherText\"", false),
            ("EncryptDatakeyRequestBody", "PinType", "\"PlainText\"", false),
            ("EncryptDatakeyRequestBody", "PinType", "\"ciphertext\"", true),
            ("CreateEcDatakeyPairRequestBody", "PinType", "\"PlainText\"", false),
            ("CreateEcDatakeyPairRequestBody", "PinType", "\"Plain\"", true),
            ("CreateKeyStoreRequestBody", "KeystoreAlias", "\"store/payments:1\"", false),
            ("CreateKeyStoreRequestBody", "KeystoreAlias", "\"\"", true),
            ("CreateKeyStoreRequestBody", "KeystoreAlias", Text('s', 255), false),
            ("CreateKeyStoreRequestBody", "KeystoreAlias", Text('s', 256), true),
            ("CreateAccessPointRequestBody", "AccessPointName", "\"ecs access\"", true),
            ("CreateAccessPointRequestBody", "AccessPointName", "\"ecs-access\"", false),
            ("CreateKeyPolicyRequestBody", "PolicyName", Text('p', 255), false),
            ("CreateKeyPolicyRequestBody", "PolicyName", Text('p', 256), true),
            ("CreateAccessPointRequestBody", "Description", "\"\"", true),
            ("CreateAccessPointRequestBody", "Description", "\"any text: *<>\"", false),
            ("CreateAccessPointRequestBody", "Description", Text('d', 255), false),
            ("CreateAccessPointRequestBody", "Description", Text('d', 256), true),
            ("CreateAccessPointRequestBody", "KeyspaceId", "\"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f\"", false),
            ("CreateAccessPointRequestBody", "KeyspaceId", "\"0a1b2c3d\"", true),
            ("DeleteAccessPointRequest", "AccessPointId", "\"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f\"", false),
            ("EnableAccessPointRequest", "AccessPointId", Text('a', 35), true),
            ("DownloadAccessPointPrivateKeyRequest", "AccessPointId", "\"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5g\"", true),
            ("ShowKeyPolicyRequest", "PolicyId", "\"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f\"", false),
            ("DeleteKeyPolicyRequest", "PolicyId", Text('f', 37), true),
            ("ListKeyPolicyRequest", "Marker", "\"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f\"", false),
            ("ListKeyPolicyRequest", "Marker", "\"1\"", true),
            ("ListAccessPointRequest", "Limit", "\"0\"", true),
            ("ListAccessPointRequest", "Limit", "\"1\"", false),
            ("ListKeyPolicyRequest", "Limit", "\"100\"", false),
            ("ListKeyPolicyRequest", "Limit", "\"101\"", true),
        };

        foreach (var version in new[] { "V1", "V2" })
        {
            foreach (var (body, property, value, rejected) in rows)
            {
                yield return new object[] { version, body, property, value, rejected };
            }
        }
    }

    private static string Text(char character, int length) => "\"" + new string(character, length) + "\"";

    private static string Repeat(string escape, int count) => "\"" + string.Concat(Enumerable.Repeat(escape, count)) + "\"";

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Each_documented_limit_is_checked_on_both_sides(string version, string body, string property, string value, bool rejected)
        => Verify.AnalyzerAsync($$"""
            using System.Collections.Generic;
            using HuaweiCloud.SDK.Kms.{{version}}.Model;

            class C
            {
                object M() => new {{body}} { {{property}} = {{(rejected ? "{|KMS004:" + value + "|}" : value)}} };
            }
            """);

    /// <summary>A tag value, on both sides of each limit, written where a TagItem is a tag.</summary>
    public static IEnumerable<object[]> TagValues() => new[]
    {
        new object[] { "\"<none>\"", true },
        new object[] { "\"C:\\\\keys\"", true },
        new object[] { "\"payments team, Q3\"", false },
        new object[] { "\"\"", false },
        new object[] { "\"" + new string('v', 43) + "\"", false },
        new object[] { "\"" + new string('v', 44) + "\"", true },
        new object[] { "\"" + string.Concat(Enumerable.Repeat("\\U0001F511", 43)) + "\"", false },
        new object[] { "\"" + string.Concat(Enumerable.Repeat("\\U0001F511", 44)) + "\"", true },
    };

    [Theory]
    [MemberData(nameof(TagValues))]
    public Task A_tag_value_is_checked_where_the_TagItem_is_a_tag(string value, bool rejected)
    {
        var marked = rejected ? "{|KMS004:" + value + "|}" : value;
        return Verify.AnalyzerAsync($$"""
            using System.Collections.Generic;
            using HuaweiCloud.SDK.Kms.V2.Model;

            class C
            {
                void M(BatchCreateKmsTagsRequestBody batch)
                {
                    _ = new BatchCreateKmsTagsRequestBody { Tags = new List<TagItem> { new TagItem { Key = "team", Value = {{marked}} } } };
                    _ = new CreateKmsTagRequestBody { Tag = new TagItem { Key = "team", Value = {{marked}} } };
                    _ = new BatchCreateKmsTagsRequestBody { Tags = [new() { Key = "team", Value = {{marked}} }] };
                    batch.Tags.Add(new TagItem { Key = "team", Value = {{marked}} });
                }
            }
            """);
    }

    [Fact]
    public Task A_TagItem_that_may_be_a_match_is_not_checked_as_a_tag() => Verify.AnalyzerAsync($$"""
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(ListKmsByTagsRequestBody search)
            {
                // ListKmsByTags matches a resource name of up to 255 characters.
                _ = new ListKmsByTagsRequestBody { Matches = new List<TagItem> { new TagItem { Key = "resource_name", Value = "{{new string('a', 200)}}" } } };
                search.Matches.Add(new TagItem { Key = "resource_name", Value = "alias/<payments>" });
                var match = new TagItem { Key = "resource_name", Value = "{{new string('a', 100)}}" };
                match.Value = "{{new string('b', 100)}}";
            }
        }
        """);

    [Theory]
    [InlineData("0", false)]
    [InlineData("10", false)]
    [InlineData("11", true)]
    [InlineData("-1", true)]
    public Task WithRetry_maxRetries_is_checked(string maxRetries, bool rejected) => Verify.AnalyzerAsync($$"""
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(KmsClient client, KmsAsyncClient asyncClient, DeleteKeyRequest request, IBackoffStrategy backoff)
            {
                client.DeleteKeyInvoker(request).WithRetry((response, error) => false, {{Mark(maxRetries, rejected)}}, backoff).Invoke();
                asyncClient.DeleteKeyAsyncInvoker(request).WithRetry(backoffStrategy: backoff, maxRetries: {{Mark(maxRetries, rejected)}}, retryCondition: (response, error) => false);
            }
        }
        """);

    [Fact]
    public Task Every_sdk_recognition_path_is_checked() => Verify.AnalyzerAsync("""
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(ScheduleKeyDeletionRequestBody body, UpdateKeyRotationIntervalRequestBody rotation)
            {
                ScheduleKeyDeletionRequestBody targetTyped = new() { PendingDays = {|KMS004:"3"|} };
                body.PendingDays = {|KMS004:"3"|};
                rotation.RotationInterval = {|KMS004:400|};
                rotation.RotationInterval ??= {|KMS004:400|};
                var request = new DeleteKeyRequest { Body = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:"2000"|} } };
            }
        }
        """);

    [Fact]
    public Task Every_rest_recognition_path_is_checked() => Verify.AnalyzerAsync("""
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using Newtonsoft.Json;

        record ScheduleDeletion
        {
            [JsonPropertyName("pending_days")]
            public int Days { get; init; }
        }

        class ScheduleDeletionDto
        {
            [JsonProperty("key_id")]
            public string KeyId { get; set; }

            [JsonProperty("pending_days")]
            public string Days { get; set; }
        }

        class DataKeyDto
        {
            [JsonProperty(PropertyName = "datakey_length")]
            public int Bits { get; set; }
        }

        class C
        {
            const string DaysKey = "pending_days";

            void M(ScheduleDeletion deletion)
            {
                var anonymous = new { key_id = {|KMS004:"not a key id"|}, pending_days = {|KMS004:3|} };
                var accepted = new Dictionary<string, object> { { "random_data_length", "1024" }, { "sequence", "919c82d4-8046-4722-9094-35c3c6524cff" } };
                accepted["random_data_length"] = "32";
                var constKeys = new Dictionary<string, object> { [DaysKey] = {|KMS004:5|}, ["key_id"] = "orders-key" };
                constKeys.Add(DaysKey + "", {|KMS004:6|});
                var verbatim = new Dictionary<string, object> { [@"pending_days"] = {|KMS004:1|} };
                var byIndexer = new Dictionary<string, object> { ["pending_days"] = {|KMS004:3|} };
                var byAdd = new Dictionary<string, object> { { "datakey_length", {|KMS004:"12"|} } };
                byAdd.Add("key_spec", {|KMS004:"AES_512"|});
                byAdd["datakey_length"] = {|KMS004:100|};
                var random = new Dictionary<string, object>();
                random["random_data_length"] = {|KMS004:100|};
                var longs = new Dictionary<string, long> { { "pending_days", {|KMS004:3L|} } };
                var stj = new ScheduleDeletion { Days = {|KMS004:3|} };
                var copy = deletion with { Days = {|KMS004:2000|} };
                var newtonsoft = new ScheduleDeletionDto { KeyId = {|KMS004:"not a key id"|}, Days = {|KMS004:"3"|} };
                var bits = new DataKeyDto { Bits = {|KMS004:12|} };
                var grant = new { key_id = "orders-key", grantee_principal = "user1", operations = {|KMS004:new[] { "create-grant" }|} };
            }
        }
        """);

    [Fact]
    public Task Every_constant_form_is_evaluated() => Verify.AnalyzerAsync("""
        using System.Globalization;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            const int Days = 3;
            const string DaysText = "3";
            const int Bits = 100;

            void M()
            {
                const int localDays = 2;
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:Days|}.ToString() };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:Days|}.ToString(CultureInfo.InvariantCulture) };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:DaysText|} };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:localDays|}.ToString() };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:3|}.ToString() };
                _ = new CreateDatakeyRequestBody { DatakeyLength = ({|KMS004:Bits + 2|}).ToString() };
                _ = new UpdateKeyRotationIntervalRequestBody { RotationInterval = (int){|KMS004:400L|} };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:"1" + "0000"|} };
            }
        }
        """);

    [Fact]
    public Task Values_that_are_not_constant_stay_quiet() => Verify.AnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            static readonly string ReadOnlyDays = "3";

            void M(int days, string text, List<string> operations)
            {
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = days.ToString() };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = text };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = ReadOnlyDays };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = DateTime.Now.Day.ToString() };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = 3.ToString("D2") };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = null };
                _ = new CreateGrantRequestBody { Operations = operations };
                _ = new CreateGrantRequestBody { Operations = new List<string> { "create-grant", text } };
                var anonymous = new { pending_days = days };
            }
        }
        """);

    [Fact]
    public Task Look_alikes_stay_quiet() => Verify.AnalyzerAsync("""
        using System.Collections.Generic;

        class MyDeletion
        {
            public string PendingDays { get; set; }
            public int DatakeyLength { get; set; }
        }

        class C
        {
            void M()
            {
                var mine = new MyDeletion { PendingDays = "3", DatakeyLength = 12 };
                var days = 1;
                var anonymous = new { days = 1, limit = 0, key = "", value = new string('v', 50), sequence = "1" };
                var query = new Dictionary<string, object> { ["limit"] = 0, ["days"] = 3 };
                query.Add("pending", 3);
                var other = new HuaweiCloud.SDK.Other.Model.ScheduleKeyDeletionRequestBody { PendingDays = "3" };
            }
        }

        namespace HuaweiCloud.SDK.Other.Model
        {
            class ScheduleKeyDeletionRequestBody
            {
                public string PendingDays { get; set; }
            }
        }
        """);

    [Fact]
    public async Task A_compilation_without_the_sdk_types_gets_no_sdk_diagnostic()
    {
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider>
        {
            TestCode = """
                namespace HuaweiCloud.SDK.Kms.V2.Model
                {
                    class ScheduleKeyDeletion
                    {
                        public string PendingDays { get; set; }
                    }
                }

                class C
                {
                    object M() => new HuaweiCloud.SDK.Kms.V2.Model.ScheduleKeyDeletion { PendingDays = "3" };
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public Task The_message_names_the_parameter_value_code_and_what_is_accepted() => Verify.AnalyzerAsync(
        """
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(KmsClient client, IBackoffStrategy backoff)
            {
                var request = new DeleteKeyRequest { Body = new ScheduleKeyDeletionRequestBody { PendingDays = "3" } };
                client.DeleteKeyInvoker(request).WithRetry((r, e) => true, 20, backoff);
                var alias = new CreateKeyRequestBody { KeyAlias = "my key" };
                client.DeleteKeyInvoker(request).WithRetry((r, e) => true, -1, backoff);
                var state = new ListKeysRequestBody { KeyState = "03" };
                var random = new GenRandomRequestBody { RandomDataLength = "100" };
            }
        }
        """,
        Verify.Diagnostic("KMS004").WithSpan(9, 104, 9, 107).WithMessage(
            "pending_days = 3 is rejected by KMS with KMS.1401: Set the pending deletion period between 7 to 1096 days. Accepted: an integer from 7 to 1096"),
        Verify.Diagnostic("KMS004").WithSpan(10, 68, 10, 70).WithMessage(
            "maxRetries = 20 is rejected by the SDK's WithRetry: it throws ArgumentOutOfRangeException. Accepted: an integer from 0 to 10"),
        Verify.Diagnostic("KMS004").WithSpan(11, 59, 11, 67).WithMessage(
            "key_alias = \"my key\" is rejected by KMS with KMS.1101: Invalid key_alias. Accepted: 1 to 255 characters of letters, digits, ':', '/', '_' and '-', not ending in '/default'"),
        Verify.Diagnostic("KMS004").WithSpan(12, 68, 12, 70).WithMessage(
            "maxRetries = -1 disables the SDK's WithRetry: below 0 it makes one attempt and never retries. Accepted: an integer from 0 to 10"),
        Verify.Diagnostic("KMS004").WithSpan(13, 58, 13, 62).WithMessage(
            "key_state = \"03\" is rejected by KMS with KMS.0308: Invalid parameter. Accepted: one of the digits 1 to 5"),
        Verify.Diagnostic("KMS004").WithSpan(14, 68, 14, 73).WithMessage(
            "random_data_length = 100 is rejected by KMS with KMS.1801. Accepted: an integer from 8 to 8192, a multiple of 8"));

    [Theory]
    [InlineData("random_data_length, key_id")]
    [InlineData("maxRetries")]
    [InlineData("pending_days datakey_length")]
    public async Task Unchecked_parameters_silence_only_the_parameters_they_name(string listed)
    {
        string Checked(string parameter, string value) => listed.Split(new[] { ',', ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Contains(parameter) ? value : "{|KMS004:" + value + "|}";
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider>
        {
            TestCode = $$"""
                using HuaweiCloud.SDK.Core;
                using HuaweiCloud.SDK.Kms.V2;
                using HuaweiCloud.SDK.Kms.V2.Model;

                class C
                {
                    void M(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
                    {
                        _ = new GenRandomRequestBody { RandomDataLength = {{Checked("random_data_length", "\"100\"")}} };
                        _ = new { random_data_length = {{Checked("random_data_length", "9000")}} };
                        _ = new { key_id = {{Checked("key_id", "\"not a key id\"")}}, pending_days = 7 };
                        _ = new ScheduleKeyDeletionRequestBody { KeyId = {{Checked("key_id", "\"not a key id\"")}}, PendingDays = {{Checked("pending_days", "\"3\"")}} };
                        _ = new CreateDatakeyRequestBody { DatakeyLength = {{Checked("datakey_length", "\"12\"")}} };
                        client.DeleteKeyInvoker(request).WithRetry((r, e) => false, {{Checked("maxRetries", "20")}}, backoff);
                    }
                }
                """,
        }.WithSdk().WithEditorConfig("kms_analyzers.unchecked_parameters = " + listed);
        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public Task Old_language_versions_are_analyzed_too(LanguageVersion languageVersion) => Verify.AnalyzerAsync(
        """
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(ScheduleKeyDeletionRequestBody body)
            {
                body.PendingDays = {|KMS004:"3"|};
                var anonymous = new { datakey_length = {|KMS004:12|} };
            }
        }
        """,
        languageVersion);

    [Fact]
    public Task Fix_uses_the_nearest_valid_value_in_the_same_form() => Verify.FixAsync(
        """
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(ScheduleKeyDeletionRequestBody body)
            {
                body.PendingDays = {|KMS004:"3"|}; // schedule soon
                _ = new CreateDatakeyRequestBody { DatakeyLength = {|KMS004:"12"|} };
                _ = new CreateDatakeyRequestBody { DatakeyLength = {|KMS004:"9000"|} };
                _ = new UpdateKeyRotationIntervalRequestBody { RotationInterval = {|KMS004:400|} };
                _ = new { pending_days = {|KMS004:3|} };
                _ = new { key_state = "1", marker = {|KMS004:-5|} };
                _ = new Dictionary<string, long> { { "pending_days", {|KMS004:5000L|} } };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:2|}.ToString() };
                _ = new ListKeysRequestBody { KeyState = {|KMS004:"03"|}, Limit = {|KMS004:"2001"|} };
                _ = new GenRandomRequestBody { RandomDataLength = {|KMS004:"100"|} };
                _ = new EncryptDatakeyRequestBody { DatakeyPlainLength = {|KMS004:"0"|} };
                _ = new DecryptDatakeyRequestBody { DatakeyCipherLength = {|KMS004:"1025"|} };
            }
        }
        """,
        """
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(ScheduleKeyDeletionRequestBody body)
            {
                body.PendingDays = "7"; // schedule soon
                _ = new CreateDatakeyRequestBody { DatakeyLength = "16" };
                _ = new CreateDatakeyRequestBody { DatakeyLength = "8192" };
                _ = new UpdateKeyRotationIntervalRequestBody { RotationInterval = 365 };
                _ = new { pending_days = 7 };
                _ = new { key_state = "1", marker = 0 };
                _ = new Dictionary<string, long> { { "pending_days", 1096L } };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = 7.ToString() };
                _ = new ListKeysRequestBody { KeyState = "3", Limit = "2000" };
                _ = new GenRandomRequestBody { RandomDataLength = "104" };
                _ = new EncryptDatakeyRequestBody { DatakeyPlainLength = "1" };
                _ = new DecryptDatakeyRequestBody { DatakeyCipherLength = "1024" };
            }
        }
        """,
        RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey);

    [Fact]
    public Task Fix_offers_the_KmsLimits_constant() => Verify.FixAsync(
        """
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
            {
                client.DeleteKeyInvoker(request).WithRetry((r, e) => false, {|KMS004:20|}, backoff);
                _ = new UpdateKeyRotationIntervalRequestBody { RotationInterval = {|KMS004:7|} };
            }
        }
        """,
        """
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;
        using Kms.ErrorCodes;

        class C
        {
            void M(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
            {
                client.DeleteKeyInvoker(request).WithRetry((r, e) => false, KmsLimits.MaxRetriesMax, backoff);
                _ = new UpdateKeyRotationIntervalRequestBody { RotationInterval = KmsLimits.RotationIntervalMin };
            }
        }
        """,
        RequestParameterCodeFixProvider.UseKmsLimitsConstantEquivalenceKey);

    [Theory]
    [InlineData(RequestParameterCodeFixProvider.ReplaceConstantWithLiteralEquivalenceKey, "7.ToString()", "\"7\"")]
    [InlineData(RequestParameterCodeFixProvider.UseKmsLimitsConstantEquivalenceKey, "KmsLimits.PendingDaysMin.ToString()", "KmsLimits.PendingDaysMin.ToString(System.Globalization.CultureInfo.InvariantCulture)")]
    public Task A_const_reference_is_rewritten_only_by_its_own_fixes(string equivalenceKey, string fixedNumber, string fixedText) => Verify.FixAsync(
        """
        using Kms.ErrorCodes;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            const int Days = 3;
            const string DaysText = "3";

            void M()
            {
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:Days|}.ToString() };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:DaysText|} };
            }
        }
        """,
        $$"""
        using Kms.ErrorCodes;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            const int Days = 3;
            const string DaysText = "3";

            void M()
            {
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {{fixedNumber}} };
                _ = new ScheduleKeyDeletionRequestBody { PendingDays = {{fixedText}} };
            }
        }
        """,
        equivalenceKey);

    [Fact]
    public async Task The_literal_fix_leaves_const_references_alone()
    {
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider>
        {
            TestCode = """
                using HuaweiCloud.SDK.Kms.V2.Model;

                class C
                {
                    const string DaysText = "3";

                    void M()
                    {
                        _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:DaysText|} };
                        _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:"3"|} };
                    }
                }
                """,
            FixedCode = """
                using HuaweiCloud.SDK.Kms.V2.Model;

                class C
                {
                    const string DaysText = "3";

                    void M()
                    {
                        _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:DaysText|} };
                        _ = new ScheduleKeyDeletionRequestBody { PendingDays = "7" };
                    }
                }
                """,
            CodeActionEquivalenceKey = RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey,
        }.WithSdk();
        test.FixedState.MarkupHandling = MarkupMode.Allow; // the const reference keeps its diagnostic

        await test.RunAsync();
    }

    [Fact]
    public async Task Text_and_list_violations_have_no_fix()
    {
        var source = """
            using System.Collections.Generic;
            using HuaweiCloud.SDK.Kms.V2.Model;

            class C
            {
                object Alias() => new CreateKeyRequestBody { KeyAlias = {|KMS004:"my key"|} };
                object Grant() => new CreateGrantRequestBody { Operations = {|KMS004:new List<string> { "create-grant" }|} };
                object Days() => new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:"seven"|} };
            }
            """;
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider> { TestCode = source, FixedCode = source }.WithSdk();
        await test.RunAsync();
    }

    [Fact]
    public async Task Broken_and_partial_code_gets_no_exception()
    {
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider>
        {
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestCode = """
                using HuaweiCloud.SDK.Kms.V2;
                using HuaweiCloud.SDK.Kms.V2.Model;

                class C
                {
                    void M(KmsClient client, Unknown unknown)
                    {
                        _ = new ScheduleKeyDeletionRequestBody { PendingDays = };
                        _ = new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:"3"|}
                        _ = new Missing { pending_days = 3 };
                        unknown.PendingDays = "3";
                        client.DeleteKeyInvoker(null).WithRetry(
                        client.DeleteKeyInvoker(null).WithRetry((r, e) => true, 20);
                        var d = new System.Collections.Generic.Dictionary<string, int> { { "pending_days" } };
                        d.Add("pending_days");
                        d[] = 3;
                        _ = new { pending_days = };
                        _ = new CreateGrantRequestBody { Operations = [
                """,
        }.WithSdk();
        await test.RunAsync();
    }

    private static string Mark(string value, bool rejected) => rejected ? "{|KMS004:" + value + "|}" : value;
}
