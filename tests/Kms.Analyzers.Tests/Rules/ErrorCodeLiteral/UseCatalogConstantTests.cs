using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.ErrorCodeLiteralAnalyzer, Kms.Analyzers.ErrorCodeLiteralCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>KMS001: a known code written as a literal.</summary>
public sealed class UseCatalogConstantTests
{
    [Theory]
    [InlineData("\"KMS.0205\"")]
    [InlineData("@\"KMS.0205\"")]
    [InlineData("\"\"\"KMS.0205\"\"\"")]
    [InlineData("$\"KMS.0205\"")]
    [InlineData("$@\"KMS.0205\"")]
    [InlineData("$\"\"\"KMS.0205\"\"\"")]
    [InlineData("\"KMS\\u002E0205\"")]
    public Task Every_string_literal_form_is_flagged(string literal) => Verify.AnalyzerAsync($$"""
        class C
        {
            bool M(string code) => code == {|KMS001:{{literal}}|};
        }
        """);

    [Fact]
    public Task A_multi_line_raw_literal_is_flagged() => Verify.AnalyzerAsync(""""
        class C
        {
            bool M(string code) => code == {|KMS001:"""
                KMS.0205
                """|};
        }
        """");

    [Fact]
    public Task Every_syntactic_position_is_flagged() => Verify.AnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using HuaweiCloud.SDK.Core;

        [AttributeUsage(AttributeTargets.All)]
        class HandlesAttribute : Attribute
        {
            public HandlesAttribute(string code) { }
        }

        class C
        {
            const string Disabled = {|KMS001:"KMS.0209"|};
            static readonly string[] Codes = { {|KMS001:"KMS.0205"|}, {|KMS001:"KMS.0206"|} };
            static readonly List<string> List = new List<string> { {|KMS001:"KMS.0205"|} };
            static readonly HashSet<string> Set = new() { {|KMS001:"KMS.0205"|} };
            static readonly Dictionary<string, int> ByIndexer = new() { [{|KMS001:"KMS.0205"|}] = 1 };
            static readonly Dictionary<string, int> ByAdd = new() { { {|KMS001:"KMS.0206"|}, 2 } };

            [Handles({|KMS001:"KMS.0101"|})]
            void Handle(ServiceResponseException e, string fallback = {|KMS001:"KMS.0102"|})
            {
                if (e.ErrorCode == {|KMS001:"KMS.0205"|} || e.ErrorCode != {|KMS001:"KMS.0209"|}) { }
                if (e.ErrorCode.Equals({|KMS001:"KMS.0205"|})) { }
                if ({|KMS001:"KMS.0205"|}.Equals(e.ErrorCode)) { }
                if (string.Equals(e.ErrorCode, {|KMS001:"KMS.0205"|}, StringComparison.Ordinal)) { }
                if (e.ErrorCode is {|KMS001:"KMS.0205"|} or {|KMS001:"KMS.0206"|}) { }
                if (e is ClientRequestException { ErrorCode: {|KMS001:"KMS.0209"|} }) { }
                switch (e.ErrorCode)
                {
                    case {|KMS001:"KMS.0205"|}:
                    case {|KMS001:"KMS.0206"|} when fallback != null:
                        break;
                }

                var message = e.ErrorCode switch
                {
                    {|KMS001:"KMS.0205"|} => "bad key",
                    not {|KMS001:"KMS.0209"|} => "other",
                    _ => "disabled",
                };
                var again = new[] { {|KMS001:"KMS.0210"|} };
                string[] collection = [{|KMS001:"KMS.0211"|}];
            }
        }
        """);

    [Fact]
    public Task The_message_names_the_code_its_meaning_and_the_constant() => Verify.AnalyzerAsync(
        """
        class C
        {
            bool M(string code) => code == "KMS.0205";
        }
        """,
        Verify.Diagnostic("KMS001").WithSpan(3, 36, 3, 46)
            .WithMessage("'KMS.0205' (Invalid key ID.) is a KMS error code: use KmsErrorCodes.InvalidKeyId"));

    [Fact]
    public Task Look_alikes_stay_quiet() => Verify.AnalyzerAsync("""
        using System;

        class C
        {
            void M(string code, int n)
            {
                var a = "KMS";
                var b = "KMS.";
                var c = "KMS.2";
                var d = "Failed with KMS.0205 while decrypting";
                var e = " KMS.0205";
                var f = "KMS.02051";
                var sku = "KMS-1234";
                var g = "KMS.0205"u8;
                var h = $"KMS.{n}";
                var i = $"KMS.0205{n}";
                var j = 'K';
                var k = "KMS.02O5";
                ReadOnlySpan<byte> l = "KMS.0205"u8;
                var m = "";
                var o = $"";
            }
        }
        """);

    [Fact]
    public Task Interpolations_that_are_not_strings_stay_quiet_where_a_constant_would_not_compile() => Verify.AnalyzerAsync("""
        using System;
        using System.Runtime.CompilerServices;

        class C
        {
            void Log(ref DefaultInterpolatedStringHandler handler) { }

            void M()
            {
                FormattableString formattable = $"KMS.0205";
                IFormattable alsoFormattable = $"KMS.0205";
                var handler = new DefaultInterpolatedStringHandler(0, 0);
                object boxed = {|KMS001:$"KMS.0205"|};
                string plain = {|KMS001:$"KMS.0205"|};
            }
        }
        """);

    [Fact]
    public async Task Broken_and_partial_code_gets_no_exception()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestCode = """
                class C
                {
                    void M(Unknown e)
                    {
                        if (e.ErrorCode == "kms.0205"
                        Missing("kms.0205");
                        Overloaded(1, "kms.0205", 3, 4);
                        e.Code = "KMS.02
                        switch (e.ErrorCode) { case "kms.0205" }
                        var x = e is { ErrorCode: "kms.0205" 
                        string errorCode = ;
                        Record(code: "kms-0205"
                    }

                    void Overloaded(int a) { }
                    void Record(string code) { }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("KMS002").WithSpan(5, 28, 5, 38));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("KMS002").WithSpan(9, 37, 9, 47));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("KMS002").WithSpan(10, 35, 10, 45));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("KMS002").WithSpan(12, 22, 12, 32));
        await test.RunAsync();
    }

    [Fact]
    public Task The_catalog_itself_is_not_flagged() => Verify.AnalyzerAsync("""
        namespace Kms.ErrorCodes
        {
            static class MoreCodes
            {
                public const string InvalidKeyId = "KMS.0205";
            }
        }

        namespace Kms
        {
            namespace ErrorCodes
            {
                static class EvenMoreCodes
                {
                    public const string InvalidKeyId = "KMS.0205";
                }
            }
        }
        """);

    [Fact]
    public async Task Generated_code_is_not_flagged()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>();
        test.TestState.Sources.Add(("Handwritten.cs", "class A { string Code = {|KMS001:\"KMS.0205\"|}; }"));
        test.TestState.Sources.Add(("Generated.g.cs", "class B { string Code = \"KMS.0205\"; }"));
        test.TestState.Sources.Add(("Marked.cs", "// <auto-generated/>\nclass D { string Code = \"KMS.0205\"; }"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public Task Old_language_versions_are_analyzed_too(LanguageVersion languageVersion) => Verify.AnalyzerAsync(
        """
        using HuaweiCloud.SDK.Core;

        class C
        {
            bool M(ServiceResponseException e)
            {
                switch (e.ErrorCode)
                {
                    case {|KMS001:"KMS.0205"|}:
                        return true;
                }

                return e.ErrorCode == {|KMS001:@"KMS.0209"|} || e.ErrorCode is {|KMS001:"KMS.0210"|};
            }
        }
        """,
        languageVersion);

    [Fact]
    public Task Fix_adds_the_using_and_keeps_comments() => Verify.FixAsync(
        """
        using System;
        using HuaweiCloud.SDK.Core;

        class C
        {
            bool M(ServiceResponseException e)
            {
                return e.ErrorCode == /* before */ {|KMS001:"KMS.0205"|} /* after */ // trailing
                    || e.ErrorCode == {|KMS001:"KMS.0209"|};
            }
        }
        """,
        """
        using System;
        using HuaweiCloud.SDK.Core;
        using Kms.ErrorCodes;

        class C
        {
            bool M(ServiceResponseException e)
            {
                return e.ErrorCode == /* before */ KmsErrorCodes.InvalidKeyId /* after */ // trailing
                    || e.ErrorCode == KmsErrorCodes.KeyDisabled;
            }
        }
        """,
        ErrorCodeLiteralCodeFixProvider.UseCatalogConstantEquivalenceKey);

    [Fact]
    public Task Fix_in_a_file_scoped_namespace_adds_one_using() => Verify.FixAsync(
        """
        namespace App;

        public static class Handler
        {
            public const string Disabled = {|KMS001:"KMS.0209"|};

            public static string Describe(string code) => code switch
            {
                {|KMS001:"KMS.0205"|} => "bad key",
                {|KMS001:$"KMS.0210"|} => "pending deletion",
                _ => "other",
            };
        }
        """,
        """
        using Kms.ErrorCodes;

        namespace App;

        public static class Handler
        {
            public const string Disabled = KmsErrorCodes.KeyDisabled;

            public static string Describe(string code) => code switch
            {
                KmsErrorCodes.InvalidKeyId => "bad key",
                KmsErrorCodes.KeyPendingDeletion => "pending deletion",
                _ => "other",
            };
        }
        """);

    [Fact]
    public Task Fix_uses_an_existing_using() => Verify.FixAsync(
        """
        using Kms.ErrorCodes;

        class C
        {
            bool Known(string code) => code == KmsErrorCodes.InvalidKeyId || code == {|KMS001:"KMS.0209"|};
        }
        """,
        """
        using Kms.ErrorCodes;

        class C
        {
            bool Known(string code) => code == KmsErrorCodes.InvalidKeyId || code == KmsErrorCodes.KeyDisabled;
        }
        """);

    [Fact]
    public async Task Fix_relies_on_a_global_using()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            TestCode = "class C { bool M(string code) => code == {|KMS001:\"KMS.0205\"|}; }",
            FixedCode = "class C { bool M(string code) => code == KmsErrorCodes.InvalidKeyId; }",
        };
        test.TestState.Sources.Add(("GlobalUsings.cs", "global using Kms.ErrorCodes;"));
        test.FixedState.Sources.Add(("GlobalUsings.cs", "global using Kms.ErrorCodes;"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_qualifies_where_KmsErrorCodes_means_something_else() => Verify.FixAsync(
        """
        namespace App
        {
            static class KmsErrorCodes
            {
                public const string Mine = "mine";
            }

            class C
            {
                bool M(string code) => code == KmsErrorCodes.Mine || code == {|KMS001:"KMS.0205"|};
            }
        }
        """,
        """
        namespace App
        {
            static class KmsErrorCodes
            {
                public const string Mine = "mine";
            }

            class C
            {
                bool M(string code) => code == KmsErrorCodes.Mine || code == Kms.ErrorCodes.KmsErrorCodes.InvalidKeyId;
            }
        }
        """);

    [Fact]
    public Task Fix_qualifies_where_a_using_would_make_another_name_ambiguous() => Verify.FixAsync(
        """
        using Legacy;

        namespace Legacy
        {
            class KmsLimits
            {
            }
        }

        class C
        {
            KmsLimits limits;
            bool M(string code) => code == {|KMS001:"KMS.0205"|};
        }
        """,
        """
        using Legacy;

        namespace Legacy
        {
            class KmsLimits
            {
            }
        }

        class C
        {
            KmsLimits limits;
            bool M(string code) => code == Kms.ErrorCodes.KmsErrorCodes.InvalidKeyId;
        }
        """);

    [Fact]
    public async Task Fix_all_covers_every_document_of_the_project()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>();
        test.TestState.Sources.Add(("A.cs", "class A { bool M(string c) => c == {|KMS001:\"KMS.0205\"|} || c == {|KMS001:\"KMS.0206\"|}; }"));
        test.TestState.Sources.Add(("B.cs", "class B { const string X = {|KMS001:\"KMS.2601\"|}; }"));
        test.FixedState.Sources.Add(("A.cs", "using Kms.ErrorCodes;\n\nclass A { bool M(string c) => c == KmsErrorCodes.InvalidKeyId || c == KmsErrorCodes.InvalidSequenceNumber; }"));
        test.FixedState.Sources.Add(("B.cs", "using Kms.ErrorCodes;\n\nclass B { const string X = KmsErrorCodes.TokenExpired; }"));
        test.CodeActionEquivalenceKey = ErrorCodeLiteralCodeFixProvider.UseCatalogConstantEquivalenceKey;
        await test.RunAsync();
    }

    /// <summary>Every code of the newest edition, in each position a code meets an error-code value: KMS001, never KMS002.</summary>
    [Fact]
    public Task Every_code_of_the_newest_edition_gets_KMS001_and_never_KMS002()
    {
        var codes = CatalogRows.NewestEditionRows().Select(r => r.Code).ToList();
        var source = new StringBuilder("using HuaweiCloud.SDK.Core;\n\nclass C\n{\n    static readonly string[] KnownCodes = { ");
        source.Append(string.Join(", ", codes.Select(Flagged))).Append(" };\n\n    string M(ServiceResponseException e)\n    {\n");
        foreach (var code in codes)
        {
            source.Append("        if (e.ErrorCode == ").Append(Flagged(code)).Append(" || e is ClientRequestException { ErrorCode: ").Append(Flagged(code)).Append(" }) return null;\n");
        }

        source.Append("        switch (e.ErrorCode)\n        {\n");
        foreach (var code in codes)
        {
            source.Append("            case ").Append(Flagged(code)).Append(": return null;\n");
        }

        source.Append("        }\n\n        return e.ErrorCode;\n    }\n}\n");
        return Verify.AnalyzerAsync(source.ToString());

        static string Flagged(string code) => "{|KMS001:\"" + code + "\"|}";
    }

    [Fact]
    public async Task Fix_all_gives_codes_of_the_2025_edition_their_constants()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            TestCode = """
                using HuaweiCloud.SDK.Core;

                class C
                {
                    string M(ServiceResponseException e) => e.ErrorCode switch
                    {
                        {|KMS001:"KMS.0207"|} => "no such key",
                        {|KMS001:"KMS.0303"|} or {|KMS001:"KMS.0302"|} => "log in again",
                        {|KMS001:"KMS.0104"|} => "try later",
                        _ => e.ErrorMsg,
                    };
                }
                """,
            FixedCode = """
                using HuaweiCloud.SDK.Core;
                using Kms.ErrorCodes;

                class C
                {
                    string M(ServiceResponseException e) => e.ErrorCode switch
                    {
                        KmsErrorCodes.KeyNotFound => "no such key",
                        KmsErrorCodes.AuthTokenExpired or KmsErrorCodes.InvalidAuthToken => "log in again",
                        KmsErrorCodes.SystemErrorUnavailable => "try later",
                        _ => e.ErrorMsg,
                    };
                }
                """,
            CodeActionEquivalenceKey = ErrorCodeLiteralCodeFixProvider.UseCatalogConstantEquivalenceKey,
        }.WithSdk();
        await test.RunAsync();
    }

    [Fact]
    public async Task No_fix_is_offered_without_the_catalog_reference()
    {
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>(referenceErrorCodes: false)
        {
            TestCode = "class C { bool M(string code) => code == {|KMS001:\"KMS.0205\"|}; }",
            FixedCode = "class C { bool M(string code) => code == {|KMS001:\"KMS.0205\"|}; }",
        };
        await test.RunAsync();
    }
}
