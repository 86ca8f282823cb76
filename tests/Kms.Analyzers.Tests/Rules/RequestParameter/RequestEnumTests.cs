using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.RequestParameterAnalyzer, Kms.Analyzers.RequestParameterCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>KMS004 on enumerated parameters: REST strings, string SDK properties, and the SDK's enum classes built from a value.</summary>
public sealed class RequestEnumTests
{
    /// <summary>The one SDK enum class whose constructor takes a number (<c>TypeEnum(int? value)</c>).</summary>
    private const string NumericEnumClass = "CreateAccessPointRequestBody.TypeEnum";

    public static IEnumerable<object[]> EnumProperties()
        => RequestParameterRows.EnumProperties().Select(p => new object[] { p.Body, p.Property });

    [Fact]
    public void Every_enum_class_of_the_SDK_request_models_has_a_row()
    {
        // Data/api-surface.txt lists the real SDK's 24 nested enum classes of the V2 request bodies.
        var listed = SdkSurface.Real.Keys
            .Where(type => type.StartsWith("class HuaweiCloud.SDK.Kms.V2.Model.", System.StringComparison.Ordinal) && type.EndsWith("Enum", System.StringComparison.Ordinal))
            .Select(type => type.Substring("class HuaweiCloud.SDK.Kms.V2.Model.".Length))
            .ToList();
        var checkedClasses = RequestParameterRows.EnumProperties().Select(p => p.Body + "." + p.Property + "Enum").ToHashSet();
        Assert.Equal(24, listed.Count);
        Assert.All(listed, enumClass => Assert.Contains(enumClass, checkedClasses));
    }

    [Theory]
    [MemberData(nameof(EnumProperties))]
    public Task Every_documented_value_is_accepted(string body, string property)
    {
        var row = RequestParameterRows.EnumProperties().First(p => p.Body == body && p.Property == property).Row;
        var statements = new List<string>();
        foreach (var value in row.Values!)
        {
            statements.Add(IsEnumClass(body, property) ? $"_ = new {body}.{property}Enum({Literal(body, property, value)});" : $"_ = new {body} {{ {property} = \"{value}\" }};");
            foreach (var operation in OperationsOf(body))
            {
                statements.Add($"Post(\"{operation.Address}\", new {{ {row.Name} = \"{value}\" }});");
                statements.Add($"Post(\"{operation.Address}\", new Dictionary<string, object> {{ [\"{row.Name}\"] = \"{value}\" }});");
            }

            if (row.Distinctive)
            {
                statements.Add($"_ = new {{ {row.Name} = \"{value}\" }};");
            }
        }

        return Verify.AnalyzerAsync(Source(string.Join("\n        ", statements)));
    }

    [Theory]
    [MemberData(nameof(EnumProperties))]
    public Task A_value_outside_the_set_is_reported(string body, string property)
    {
        var row = RequestParameterRows.EnumProperties().First(p => p.Body == body && p.Property == property).Row;
        var outside = NumericEnumClass == body + "." + property + "Enum" ? "4" : "\"NOT_DOCUMENTED\"";
        var statement = IsEnumClass(body, property)
            ? $"_ = new {body}.{property}Enum({{|KMS004:{outside}|}});"
            : $"_ = new {body} {{ {property} = {{|KMS004:{outside}|}} }};";
        foreach (var operation in OperationsOf(body))
        {
            statement += $"\n        Post(\"{operation.Address}\", new {{ {row.Name} = {{|KMS004:{outside}|}} }});";
        }

        if (row.Distinctive)
        {
            statement += $"\n        _ = new {{ {row.Name} = {{|KMS004:{outside}|}} }};";
        }

        return Verify.AnalyzerAsync(Source(statement));
    }

    [Fact]
    public Task Values_differing_only_in_case_or_separators_are_reported() => Verify.AnalyzerAsync(Source("""
        _ = new CreateKeyRequestBody.KeySpecEnum({|KMS004:"aes_256"|});
        _ = new CreateKeyRequestBody.OriginEnum({|KMS004:"KMS"|});
        _ = new CreateGrantRequestBody.GranteePrincipalTypeEnum({|KMS004:"User"|});
        _ = new CreatePinRequestBody.PinTypeEnum({|KMS004:"CIPHERTEXT"|});
        Post("/v1.0/{project_id}/kms/encrypt-data", new { encryption_algorithm = {|KMS004:"SYMMETRIC-DEFAULT"|} });
        Post("/v1.0/{project_id}/kms/sign", new Dictionary<string, string> { { "signing_algorithm", {|KMS004:"ecdsa_sha_256"|} } });
        """));

    [Fact]
    public Task The_message_names_the_value_the_code_and_the_accepted_set() => Verify.AnalyzerAsync(
        Source("""
            _ = new CreateKeyRequestBody.KeySpecEnum("AES_512");
            _ = CreateKeyRequestBody.KeySpecEnum.FromValue("aes256");
            _ = new { grantee_principal = "user1", grantee_principal_type = "group" };
            """),
        Verify.Diagnostic("KMS004").WithSpan(8, 50, 8, 59).WithMessage(
            "key_spec = \"AES_512\" is rejected by KMS with KMS.0308: Invalid parameter. Accepted: one of AES_256, SM4, RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384, SECP256K1, SM2, ED25519, HMAC_256, HMAC_384, HMAC_512, HMAC_SM3"),
        Verify.Diagnostic("KMS004").WithSpan(9, 56, 9, 64).WithMessage(
            "key_spec = \"aes256\" is not a value KeySpecEnum.FromValue knows: it returns null, and the request goes without key_spec. Accepted: one of AES_256, SM4, RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384, SECP256K1, SM2, ED25519, HMAC_256, HMAC_384, HMAC_512, HMAC_SM3"),
        Verify.Diagnostic("KMS004").WithSpan(10, 73, 10, 80).WithMessage(
            "CreateGrant: grantee_principal_type = \"group\" is rejected by KMS with KMS.0308: Invalid parameter. Accepted: one of user, domain"));

    [Fact]
    public Task FromValue_knows_only_the_values_its_class_declares() => Verify.AnalyzerAsync(Source("""
        _ = CreateKeyRequestBody.KeyUsageEnum.FromValue("SIGN_VERIFY");
        _ = CreateKeyRequestBody.OriginEnum.FromValue("external");
        _ = CreatePinRequestBody.PinTypeEnum.FromValue("PlainText");
        _ = new CreateKeyRequestBody.KeyUsageEnum("GENERATE_VERIFY_MAC");
        _ = CreateKeyRequestBody.KeyUsageEnum.FromValue({|#0:"GENERATE_VERIFY_MAC"|});
        _ = new CreateDatakeyCapsuleRequestBody.DatakeyLengthEnum("128");
        _ = CreateDatakeyCapsuleRequestBody.DatakeyLengthEnum.FromValue({|KMS004:"128"|});
        _ = CreateDatakeyCapsuleRequestBody.DatakeyLengthEnum.FromValue("SM4");
        """),
        Verify.Diagnostic("KMS004").WithLocation(0).WithMessage(
            "key_usage = \"GENERATE_VERIFY_MAC\" is not a value KeyUsageEnum.FromValue knows: it returns null, and the request goes without key_usage. Accepted: one of ENCRYPT_DECRYPT, SIGN_VERIFY"));

    [Fact]
    public Task Look_alikes_stay_quiet() => Verify.AnalyzerAsync("""
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class KeySpecEnum
        {
            public KeySpecEnum(string value) { }
            public static KeySpecEnum FromValue(string value) => null;
        }

        class C
        {
            void M(string spec, CreateKeyRequestBody body)
            {
                _ = new KeySpecEnum("AES_512");
                _ = KeySpecEnum.FromValue("aes256");
                _ = new CreateKeyRequestBody.KeySpecEnum(spec);
                _ = CreateKeyRequestBody.KeySpecEnum.FromValue(spec);
                _ = new CreateKeyRequestBody.KeySpecEnum();
                body.KeySpec = CreateKeyRequestBody.KeySpecEnum.AES_256;
                _ = new { key_spec = "ALL", key_spec_name = "AES_512" };
                _ = new { key_spec = "ECC_NIST_P256", pin_type = "PlainText" };
                _ = new { datakey_length = "AES_256" };
                _ = new { datakey_length = "128" };
                _ = new { type = "5", action = "delete", name = "my grant", message = "hi there", tags = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } };
                _ = new Dictionary<string, string> { ["keyspec"] = "aes256", ["origin"] = "KMS" };
                _ = new { origin = "https://example.com", message_type = "text" };
                // Names other APIs use too (a certificate role's key usage, a Java keystore, a payment PIN, IAM policies).
                _ = new { key_usage = "DigitalSignature,KeyAgreement", keystore_type = "PKCS12", pin_type = "online", keystore_alias = "my.key" };
                _ = new { policy_name = "read only", policy_id = "p-1", access_point_name = "my access point", access_point_id = "ap-1" };
            }
        }
        """);

    [Fact]
    public Task A_name_several_operations_share_is_reported_only_when_all_reject_it() => Verify.AnalyzerAsync(Source("""
        _ = new { datakey_length = {|KMS004:"AES_512"|} };
        _ = new { datakey_length = {|KMS004:"12"|} };
        _ = new { key_spec = {|KMS004:"ECC_NIST_P999"|} };
        """));

    [Fact]
    public Task A_marker_in_a_list_body_is_a_number() => Verify.AnalyzerAsync(Source("""
        Post("/v1.0/{project_id}/kms/list-keys", new { marker = "20" });
        Post("/v1.0/{project_id}/kms/list-grants", new { marker = "0", limit = 10 });
        Post("/v1.0/{project_id}/kms/list-keys", new { marker = {|KMS004:"next"|} });
        Post("/v1.0/{project_id}/kms/list-retirable-grants", new { marker = {|KMS004:-5|} });
        Post("/v1.0/{project_id}/kms/list-keys", new { marker = {|KMS004:"0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f"|} });
        """));

    [Fact]
    public Task Target_typed_creation_is_checked() => Verify.AnalyzerAsync(Source("""
        var grant = new CreateGrantRequestBody { GranteePrincipalType = new({|KMS004:"USER"|}) };
        CreateKeyRequestBody.KeySpecEnum spec = new({|KMS004:"AES_512"|});
        CreateKeyRequestBody.KeySpecEnum accepted = new("SM4");
        """));

    [Fact]
    public Task Fix_uses_the_enum_class_member() => Verify.FixAsync(
        Source("""
            var body = new CreateKeyRequestBody { KeySpec = new CreateKeyRequestBody.KeySpecEnum({|KMS004:"aes256"|}), Origin = CreateKeyRequestBody.OriginEnum.FromValue({|KMS004:"KMS"|}) };
            var grant = new CreateGrantRequestBody { GranteePrincipalType = new({|KMS004:"USER"|}) };
            _ = new CreateAccessPointRequestBody.TypeEnum({|KMS004:4|});
            """),
        Source("""
            var body = new CreateKeyRequestBody { KeySpec = CreateKeyRequestBody.KeySpecEnum.AES_256, Origin = CreateKeyRequestBody.OriginEnum.KMS };
            var grant = new CreateGrantRequestBody { GranteePrincipalType = CreateGrantRequestBody.GranteePrincipalTypeEnum.USER };
            _ = CreateAccessPointRequestBody.TypeEnum.NUMBER_1;
            """),
        RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey);

    [Fact]
    public Task Fix_uses_the_nearest_documented_value() => Verify.FixAsync(
        Source("""
            Post("/v1.0/{project_id}/kms/create-key", new { key_spec = {|KMS004:"aes256"|} });
            Post("/v1.0/{project_id}/kms/encrypt-data", new { encryption_algorithm = {|KMS004:"sm2-encrypt"|} });
            _ = new CreateKeyRequestBody.KeySpecEnum({|KMS004:"AES_512"|});
            _ = new EncryptDatakeyRequestBody { PinType = {|KMS004:"plain-text"|} };
            """),
        Source("""
            Post("/v1.0/{project_id}/kms/create-key", new { key_spec = "AES_256" });
            Post("/v1.0/{project_id}/kms/encrypt-data", new { encryption_algorithm = "SM2_ENCRYPT" });
            _ = CreateKeyRequestBody.KeySpecEnum.AES_256;
            _ = new EncryptDatakeyRequestBody { PinType = "PlainText" };
            """),
        RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey);

    [Theory]
    [InlineData(RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey, "HMAC_SHA_256")]
    [InlineData(RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey + ".1", "HMAC_SHA_384")]
    [InlineData(RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey + ".2", "HMAC_SHA_512")]
    public Task Each_of_the_nearest_values_is_offered(string equivalenceKey, string value) => Verify.FixAsync(
        Source("""Post("/v1.0/{project_id}/kms/generate-mac", new { mac_algorithm = {|KMS004:"HMAC-SHA256"|} });"""),
        Source("Post(\"/v1.0/{project_id}/kms/generate-mac\", new { mac_algorithm = \"" + value + "\" });"),
        equivalenceKey);

    [Theory]
    [InlineData(RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey, "HMAC_512")]
    [InlineData(RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey + ".1", "HMAC_256")]
    [InlineData(RequestParameterCodeFixProvider.UseNearestValidValueEquivalenceKey + ".2", "HMAC_384")]
    public Task Each_nearest_member_of_an_enum_class_is_offered(string equivalenceKey, string member) => Verify.FixAsync(
        Source("""_ = CreateKeyRequestBody.KeySpecEnum.FromValue({|KMS004:"HMAC_128"|});"""),
        Source("_ = CreateKeyRequestBody.KeySpecEnum." + member + ";"),
        equivalenceKey);

    [Fact]
    public async Task A_value_without_a_member_is_offered_as_a_literal_to_the_constructor_only()
    {
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider>
        {
            TestCode = Source("""
                _ = new CreateKeyRequestBody.KeyUsageEnum({|KMS004:"generate-verify-mac"|});
                _ = CreateKeyRequestBody.KeyUsageEnum.FromValue({|KMS004:"generate-verify-mac"|});
                """),
            FixedCode = Source("""
                _ = new CreateKeyRequestBody.KeyUsageEnum("GENERATE_VERIFY_MAC");
                _ = CreateKeyRequestBody.KeyUsageEnum.FromValue({|KMS004:"generate-verify-mac"|});
                """),
        }.WithSdk();
        test.FixedState.MarkupHandling = MarkupMode.Allow; // FromValue has no member for it: no fix
        await test.RunAsync();
    }

    [Fact]
    public Task A_value_far_from_every_documented_one_gets_no_fix() => Verify.FixAsync(
        Source("""Post("/v1.0/{project_id}/kms/sign", new { signing_algorithm = {|KMS004:"whatever"|} });"""),
        Source("""Post("/v1.0/{project_id}/kms/sign", new { signing_algorithm = {|KMS004:"whatever"|} });"""));

    [Fact]
    public Task A_const_value_is_rewritten_only_by_its_own_fix() => Verify.FixAsync(
        """
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            const string Spec = "aes256";

            void M() { _ = new { key_spec = {|KMS004:Spec|} }; }
        }
        """,
        """
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            const string Spec = "aes256";

            void M() { _ = new { key_spec = "AES_256" }; }
        }
        """,
        RequestParameterCodeFixProvider.ReplaceConstantWithLiteralEquivalenceKey);

    private static bool IsEnumClass(string body, string property)
        => SdkSurface.Real.ContainsKey("class HuaweiCloud.SDK.Kms.V2.Model." + body + "." + property + "Enum");

    private static string Literal(string body, string property, string value)
        => NumericEnumClass == body + "." + property + "Enum" ? value : "\"" + value + "\"";

    /// <summary>The operations whose body is <paramref name="body"/>: where a hand-built body of its rows is sent.</summary>
    private static IEnumerable<RequestOperationRow> OperationsOf(string body) => RequestOperationRows.Operations.Where(operation => operation.Body == body);

    /// <summary>The statements in a method, beside a helper that sends a body to an address (KMS's, in these tests).</summary>
    private static string Source(string statements) => $$"""
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Kms.V2.Model;

        class C
        {
            void M()
            {
                {{statements.Replace("\n", "\n        ", System.StringComparison.Ordinal)}}
            }

            static void Post(string address, object body) { }
        }
        """;
}
