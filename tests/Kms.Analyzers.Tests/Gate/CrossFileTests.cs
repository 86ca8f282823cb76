using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// A file may matter through a word it does not spell: a code constant, JSON-named property, alias or global
/// using declared elsewhere. Each case says neither "kms" nor an SDK name, so only declared words let it in.
/// </summary>
public sealed class CrossFileTests
{
    private const string CodesFile = """
        public static class Codes
        {
            public const string Disabled = "KMS.0209";
            public const string Folded = Disabled + "";
        }

        public static class Labels
        {
            public const string Disabled = "off";
        }

        public sealed class StoreException : System.Exception
        {
            public string Code { get; set; } = "";
        }
        """;

    [Fact]
    public Task A_code_constant_from_another_file_decides_a_Polly_retry() => RetryAsync("""
        using Polly;

        static class Policies
        {
            public static readonly Policy Retry = Policy.Handle<StoreException>(e => e.Code == {|KMS003:Codes.Disabled|} || e.Code == Labels.Disabled).Retry(3);
        }
        """);

    [Fact]
    public Task A_code_constant_from_another_file_in_a_catch_filter_of_a_retry_loop() => RetryAsync("""
        static class Loop
        {
            public static void Run(System.Action call)
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    try
                    {
                        call();
                        return;
                    }
                    catch (StoreException e) when (e.Code == {|KMS003:Codes.Folded|})
                    {
                    }
                }
            }
        }
        """);

    [Fact]
    public Task A_code_constant_from_another_file_as_a_case_of_a_retry_decision() => RetryAsync("""
        static class Decisions
        {
            public static bool IsRetryable(string code)
            {
                switch (code)
                {
                    case {|KMS003:Codes.Disabled|}:
                        return true;
                    case Labels.Disabled:
                        return true;
                    default:
                        return false;
                }
            }
        }
        """);

    [Fact]
    public Task A_configured_retry_name_with_a_code_from_another_file() => RunAsync<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>(
        "kms_analyzers.retry_method_names = Resilient",
        ("/0/Codes.cs", CodesFile),
        ("/0/Decisions.cs", "static class Decisions { public static bool IsResilientFailure(string code) => code == {|KMS003:Codes.Disabled|}; public static bool IsFatal(string code) => code == Codes.Disabled; }"));

    [Fact]
    public Task Catalog_names_imported_by_a_global_using_static() => RetryAsync(
        "static class Decisions { public static bool IsTransient(string code) => code == {|KMS003:KeyDisabled|} || code == InternalError; }",
        "global using static Kms.ErrorCodes.KmsErrorCodes;");

    [Fact]
    public Task The_users_constants_imported_by_a_global_using_static() => RunAsync<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>(
        null,
        ("Usings.cs", "global using static Codes;"),
        ("Codes.cs", CodesFile),
        ("Decisions.cs", "static class Decisions { public static bool IsTransient(string code) => code == {|KMS003:Disabled|}; }"));

    [Fact]
    public Task A_nested_type_and_a_partial_type_split_across_files_are_each_read_once() => RunAsync<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>(
        null,
        ("Outer.cs", """
        partial class Outer
        {
            string First = {|KMS001:"KMS.0205"|};

            class Inner
            {
                string Second => {|KMS001:"KMS.0209"|};

                class Innermost
                {
                    string Third() => {|KMS001:"KMS.0205"|};
                }
            }
        }
        """),
        ("OuterPlain.cs", """
        partial class Outer
        {
            string Plain = "draft";
        }
        """));

    [Fact]
    public Task The_catalog_through_a_global_alias() => RetryAsync(
        "static class Decisions { public static bool IsTransient(string code) => code == {|KMS003:Catalog.KeyDisabled|}; }",
        "global using Catalog = Kms.ErrorCodes.KmsErrorCodes;");

    [Fact]
    public Task A_code_constant_from_another_file_tested_on_the_wrong_exception() => RunAsync<ErrorCodeArrivalAnalyzer, ErrorCodeArrivalCodeFixProvider>(
        null,
        ("Codes.cs", CodesFile),
        ("Handler.cs", "using HuaweiCloud.SDK.Core; static class Handler { public static bool Disabled(ServerResponseException e) => e.ErrorCode == {|KMS006:Codes.Disabled|}; }"));

    [Fact]
    public Task JSON_named_properties_declared_in_one_file_and_set_in_another() => RunAsync<RequestParameterAnalyzer, RequestParameterCodeFixProvider>(
        null,
        ("Bodies.cs", """
        using System.Text.Json.Serialization;

        public sealed class Deletion
        {
            [JsonPropertyName("pending_days")]
            public int Days { get; set; }

            [JsonPropertyName("key_id")]
            public string KeyId { get; set; }
        }

        public sealed record NewKey([property: JsonPropertyName("key_alias")] string Alias, [property: JsonPropertyName("key_spec")] string Spec);

        public static class Keys
        {
            public const string Days = "pending_days";
        }
        """),
        ("Requests.cs", """
        using System.Collections.Generic;

        static class Requests
        {
            public static Deletion Soon() => new Deletion { Days = {|KMS004:3|}, KeyId = "orders-key" };

            public static NewKey Default(NewKey key) => key with { Alias = {|KMS004:"orders/default"|} };

            public static Dictionary<string, object> Rest() => new Dictionary<string, object> { [Keys.Days] = {|KMS004:2|} };
        }
        """));

    [Fact]
    public Task A_JSON_name_given_by_a_constant_of_a_third_file() => RunAsync<RequestParameterAnalyzer, RequestParameterCodeFixProvider>(
        null,
        ("Names.cs", "public static class Names { public const string Days = \"pending_days\"; }"),
        ("Bodies.cs", "public sealed class Deletion { [System.Text.Json.Serialization.JsonPropertyName(Names.Days)] public int Days { get; set; } }"),
        ("Requests.cs", "static class Requests { public static Deletion Soon() => new Deletion { Days = {|KMS004:3|} }; }"));

    [Fact]
    public Task A_code_folded_in_a_file_that_names_no_code() => RunAsync<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>(
        null,
        ("Codes.cs", CodesFile),
        ("More.cs", "public static class More { public const string Disabled = Codes.Disabled + \"\"; public const string Draft = \"draft\"; }"),
        ("Decisions.cs", "static class Decisions { public static bool IsTransient(string code) => code == {|KMS003:More.Disabled|} || code == More.Draft; }"));

    [Fact]
    public Task A_generic_body_property_where_a_global_using_imports_the_models() => RunAsync<RequestParameterAnalyzer, RequestParameterCodeFixProvider>(
        null,
        ("Usings.cs", "global using HuaweiCloud.SDK.Kms.V2.Model;"),
        ("Paging.cs", "static class Paging { public static void Set(ListKeysRequestBody body) { body.Limit = {|KMS004:\"2001\"|}; } }"));

    [Fact]
    public async Task A_code_literal_across_the_scans_chunk_boundary_and_one_spelled_with_escapes()
    {
        const string declaration = "class C { string A = \"";
        var padding = "// " + new string('x', 4093 - declaration.Length - "// \n".Length) + "\n";
        var source = padding + "class C { string A = {|KMS001:\"KMS.0205\"|}; }\n";
        var code = (padding + declaration + "KMS.0205").IndexOf("KMS.0205", System.StringComparison.Ordinal);
        Assert.Equal(4093, code); // "KMS" in the first 4,096-character chunk, ".0205" in the next
        var test = new KmsTest<ErrorCodeLiteralAnalyzer, ErrorCodeLiteralCodeFixProvider>
        {
            TestState = { Sources = { ("Padded.cs", source), ("Escaped.cs", "class D { string B = {|KMS001:\"\\u004B\\u004D\\u0053.0205\"|}; }") } },
        };
        await test.RunAsync();
    }

    private static Task RetryAsync(string decisions, string codes = CodesFile)
        => RunAsync<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>(null, ("Codes.cs", codes), ("Decisions.cs", decisions));

    private static Task RunAsync<TAnalyzer, TCodeFix>(string? editorConfig, params (string Name, string Source)[] sources)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new KmsTest<TAnalyzer, TCodeFix>().WithSdk().WithPolly();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        return (editorConfig is null ? test : test.WithEditorConfig(editorConfig)).RunAsync();
    }
}
