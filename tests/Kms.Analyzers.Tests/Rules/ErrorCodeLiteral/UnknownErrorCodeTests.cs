using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.ErrorCodeLiteralAnalyzer, Kms.Analyzers.ErrorCodeLiteralCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>KMS002: a code KMS never answers with, or a misspelling of one it does.</summary>
public sealed class UnknownErrorCodeTests
{
    [Fact]
    public Task An_unknown_code_is_flagged_anywhere_with_the_nearest_codes() => Verify.AnalyzerAsync(
        """
        class C
        {
            string Describe() => "KMS.0213";
        }
        """,
        Verify.Diagnostic("KMS002").WithSpan(3, 26, 3, 36).WithMessage(
            "'KMS.0213' is not a known KMS error code: the nearest known codes are KMS.0212 (Invalid resource type.), "
            + "KMS.0214 (The request format is invalid.), KMS.0211 (Cannot perform this operation on Default Master Keys.); "
            + "if the service added it, list it in kms_analyzers.additional_codes"));

    [Fact]
    public Task A_far_unknown_code_names_only_the_option() => Verify.AnalyzerAsync(
        """
        class C
        {
            bool M(string code) => code == "KMS.7777";
        }
        """,
        Verify.Diagnostic("KMS002").WithSpan(3, 36, 3, 46).WithMessage(
            "'KMS.7777' is not a known KMS error code: if the service added it, list it in kms_analyzers.additional_codes"));

    [Theory]
    [InlineData("kms.0205")]
    [InlineData("Kms.0205")]
    [InlineData("KMS-0205")]
    [InlineData("KMS_0205")]
    [InlineData("KMS 0205")]
    [InlineData("KMS0205")]
    [InlineData("KMS.205")]
    [InlineData("kms205")]
    public Task A_misspelling_compared_with_ErrorCode_is_flagged(string misspelling) => Verify.AnalyzerAsync(
        $$"""
        using HuaweiCloud.SDK.Core;

        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == "{{misspelling}}";
        }
        """,
        Verify.Diagnostic("KMS002").WithSpan(5, 58, 5, 60 + misspelling.Length)
            .WithMessage($"'{misspelling}' is not a known KMS error code: did you mean 'KMS.0205' (Invalid key ID.)?"));

    [Fact]
    public Task A_misspelling_is_flagged_wherever_it_meets_an_error_code_value() => Verify.AnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Core;

        class Failure
        {
            public string Code { get; set; }
            public string ErrorCode => {|KMS002:"kms.0209"|};
        }

        class C
        {
            const string DisabledCode = {|KMS002:"KMS-0209"|};
            static readonly string[] RetryableCodes = { {|KMS002:"kms.0101"|}, {|KMS002:"KMS0102"|} };
            static readonly List<string> FatalCodes = new List<string> { {|KMS002:"KMS_0205"|} };

            void Record(string errorCode) { }
            void RecordAll(params string[] codes) { }

            void M(ServiceResponseException e, Failure failure)
            {
                string code = {|KMS002:"kms.0205"|};
                var errorCode = {|KMS002:"KMS 0205"|};
                failure.Code = {|KMS002:"KMS.205"|};
                _ = new Failure { Code = {|KMS002:"kms.0210"|} };
                if (e.ErrorCode != {|KMS002:"kms.0205"|}) { }
                if ((e?.ErrorCode) == ({|KMS002:"kms.0205"|})) { }
                if (e.ErrorCode.Equals({|KMS002:"kms.0205"|})) { }
                if ({|KMS002:"kms.0205"|}.Equals(e.ErrorCode)) { }
                if (string.Equals({|KMS002:"kms.0205"|}, e.ErrorCode, StringComparison.Ordinal)) { }
                if (e.ErrorCode is {|KMS002:"kms.0205"|} or {|KMS002:"KMS-0206"|}) { }
                if (e is { ErrorCode: {|KMS002:"kms.0209"|} }) { }
                if (failure is { Code: {|KMS002:"kms.0209"|} }) { }
                switch (e.ErrorCode)
                {
                    case {|KMS002:"kms.0205"|}:
                        break;
                }

                _ = code switch
                {
                    {|KMS002:"kms.0205"|} => 1,
                    _ => 0,
                };
                Record({|KMS002:"kms.0205"|});
                Record(errorCode: {|KMS002:"kms.0205"|});
                RecordAll({|KMS002:"kms.0205"|}, {|KMS002:"kms.0206"|});
            }
        }
        """);

    [Fact]
    public Task Look_alikes_away_from_error_code_values_stay_quiet() => Verify.AnalyzerAsync("""
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Core;

        class C
        {
            static readonly string[] Skus = { "KMS-1234", "kms.0205" };

            void Log(string text) { }

            void M(ServiceResponseException e, string name)
            {
                var sku = "KMS-1234";
                string part = "kms.0205";
                Log("KMS-0205");
                if (name == "KMS-0205") { }
                if (e.ErrorMsg == "kms.0205") { }
                if (e.ErrorCode == "KMS.02055") { }
                if (e.ErrorCode == "KMS.20") { }
                if (e.ErrorCode == "KMSX0205") { }
                if (e.ErrorCode == "KMS..0205") { }
                var labels = new Dictionary<string, string> { ["kms.0205"] = "bad key" };
            }
        }
        """);

    [Fact]
    public async Task Additional_codes_from_editorconfig_are_accepted()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            TestCode = """
                class C
                {
                    bool M(string errorCode) => errorCode == "KMS.9001" || errorCode == "kms-9002" || errorCode == {|KMS002:"KMS.9003"|};
                }
                """,
        }.WithEditorConfig("kms_analyzers.additional_codes = KMS.9001, KMS.9002");
        await test.RunAsync();
    }

    [Fact]
    public async Task Additional_codes_apply_only_where_the_editorconfig_section_matches()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>();
        test.TestState.Sources.Add(("/Legacy/A.cs", "class A { string Code = \"KMS.9001\"; }"));
        test.TestState.Sources.Add(("/App/B.cs", "class B { string Code = {|KMS002:\"KMS.9001\"|}; }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[Legacy/*.cs]\nkms_analyzers.additional_codes = KMS.9001\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_rule_can_be_turned_off_in_editorconfig()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            TestCode = """
                class C
                {
                    string a = "KMS.0213";
                    string b = {|KMS001:"KMS.0205"|};
                }
                """,
        }.WithEditorConfig("dotnet_diagnostic.KMS002.severity = none");
        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public Task Misspellings_are_found_at_old_language_versions(LanguageVersion languageVersion) => Verify.AnalyzerAsync(
        """
        using HuaweiCloud.SDK.Core;

        class C
        {
            bool M(ServiceResponseException e)
            {
                switch (e.ErrorCode)
                {
                    case {|KMS002:"kms.0205"|}:
                        return true;
                }

                return e.ErrorCode == {|KMS002:"KMS.0213"|};
            }
        }
        """,
        languageVersion);

    [Fact]
    public Task Fix_replaces_a_misspelling_with_the_intended_constant() => Verify.FixAsync(
        """
        using HuaweiCloud.SDK.Core;

        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == {|KMS002:"kms-0205"|} || e.ErrorCode is {|KMS002:"KMS.209"|};
        }
        """,
        """
        using HuaweiCloud.SDK.Core;
        using Kms.ErrorCodes;

        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == KmsErrorCodes.InvalidKeyId || e.ErrorCode is KmsErrorCodes.KeyDisabled;
        }
        """,
        ErrorCodeLiteralCodeFixProvider.UseNearestCodeEquivalenceKey);

    [Theory]
    [InlineData(ErrorCodeLiteralCodeFixProvider.UseNearestCodeEquivalenceKey, "WrongResourceType")]
    [InlineData(ErrorCodeLiteralCodeFixProvider.UseNearestCodeEquivalenceKey + ".1", "InvalidRequestFormat")]
    [InlineData(ErrorCodeLiteralCodeFixProvider.UseNearestCodeEquivalenceKey + ".2", "DefaultMasterKeyOperationNotAllowed")]
    public Task Fix_offers_each_nearest_code(string equivalenceKey, string constant) => Verify.FixAsync(
        """
        using Kms.ErrorCodes;

        class C
        {
            bool M(string errorCode) => errorCode == {|KMS002:"KMS.0213"|};
        }
        """,
        $$"""
        using Kms.ErrorCodes;

        class C
        {
            bool M(string errorCode) => errorCode == KmsErrorCodes.{{constant}};
        }
        """,
        equivalenceKey);

    [Fact]
    public async Task Fix_all_applies_the_best_suggestion_across_documents()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            CodeActionEquivalenceKey = ErrorCodeLiteralCodeFixProvider.UseNearestCodeEquivalenceKey,
        };
        test.TestState.Sources.Add(("A.cs", "namespace App\n{\n    using System;\n\n    class A { bool M(string errorCode) => errorCode == {|KMS002:\"kms.0205\"|} || errorCode == {|KMS002:\"KMS-2601\"|}; }\n}\n"));
        test.TestState.Sources.Add(("B.cs", "// Header comment\n\nclass B { string code = {|KMS002:\"KMS.0213\"|}; }\n"));
        test.FixedState.Sources.Add(("A.cs", "namespace App\n{\n    using System;\n    using Kms.ErrorCodes;\n\n    class A { bool M(string errorCode) => errorCode == KmsErrorCodes.InvalidKeyId || errorCode == KmsErrorCodes.TokenExpired; }\n}\n"));
        test.FixedState.Sources.Add(("B.cs", "// Header comment\n\nusing Kms.ErrorCodes;\n\nclass B { string code = KmsErrorCodes.WrongResourceType; }\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fixes_never_duplicate_a_label_of_the_same_switch() => Verify.FixAsync(
        """
        using Kms.ErrorCodes;

        class C
        {
            string Describe(string errorCode)
            {
                switch (errorCode)
                {
                    case KmsErrorCodes.WrongResourceType: return "resource type";
                    case {|KMS002:"KMS.0213"|}: return "unknown";
                }

                return errorCode switch
                {
                    KmsErrorCodes.WrongResourceType => "resource type",
                    {|KMS002:"KMS.0213"|} => "unknown",
                    _ => "other",
                };
            }
        }
        """,
        """
        using Kms.ErrorCodes;

        class C
        {
            string Describe(string errorCode)
            {
                switch (errorCode)
                {
                    case KmsErrorCodes.WrongResourceType: return "resource type";
                    case KmsErrorCodes.InvalidRequestFormat: return "unknown";
                }

                return errorCode switch
                {
                    KmsErrorCodes.WrongResourceType => "resource type",
                    KmsErrorCodes.InvalidRequestFormat => "unknown",
                    _ => "other",
                };
            }
        }
        """,
        ErrorCodeLiteralCodeFixProvider.UseNearestCodeEquivalenceKey);

    [Fact]
    public async Task A_misspelled_duplicate_label_is_reported_without_a_fix()
    {
        var source = """
            using Kms.ErrorCodes;

            class C
            {
                string Describe(string errorCode)
                {
                    switch (errorCode)
                    {
                        case KmsErrorCodes.InvalidKeyId: return "bad key";
                        case {|KMS002:"kms.0205"|}: return "never";
                    }

                    return "other";
                }
            }
            """;
        await new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider> { TestCode = source, FixedCode = source }.RunAsync();
    }

    [Fact]
    public async Task No_fix_for_a_code_with_no_near_neighbour()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            TestCode = "class C { string code = {|KMS002:\"KMS.7777\"|}; }",
            FixedCode = "class C { string code = {|KMS002:\"KMS.7777\"|}; }",
        };
        await test.RunAsync();
    }
}
