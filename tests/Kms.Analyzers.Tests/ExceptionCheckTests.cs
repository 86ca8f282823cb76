using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>KMS005 (a code looked up in the wrong place) and KMS006 (a code tested where it cannot arrive).</summary>
public sealed class ExceptionCheckTests
{
    private const string Usings = """
        using System;
        using System.Text.RegularExpressions;
        using HuaweiCloud.SDK.Core;
        using Kms.ErrorCodes;

        """;

    [Fact]
    public Task KMS005_codes_looked_for_in_the_text_are_flagged() => Verify<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(Usings + """
        class C
        {
            void M(ServiceResponseException e, ClientRequestException c, SdkException s)
            {
                if (e.ErrorMsg == {|KMS005:KmsErrorCodes.KeyDisabled|}) { }
                if (e.Message.Contains({|KMS005:"KMS.0205"|})) { }
                if (c.Message.StartsWith({|KMS005:KmsErrorCodes.InvalidKeyId|})) { }
                if (e.ToString().IndexOf({|KMS005:"KMS.0209"|}) >= 0) { }
                if (Regex.IsMatch(e.Message, {|KMS005:"KMS.0209"|})) { }
                if (c.ErrorMsg.Equals({|KMS005:"KMS.0209"|})) { }
                if (e?.ErrorMsg != {|KMS005:"KMS.0209"|}) { }
                if (s.Message.Contains({|KMS005:KmsErrorCodes.KeyDisabled|})) { }
                switch (e.ErrorMsg)
                {
                    case {|KMS005:KmsErrorCodes.TokenExpired|}:
                        break;
                }

                _ = e.Message is {|KMS005:"KMS.0209"|} or {|KMS005:"KMS.0210"|};
            }
        }
        """);

    [Fact]
    public Task KMS005_a_message_text_compared_with_ErrorCode_is_flagged() => Verify<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(
        Usings + """
        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == "The key has been disabled." || e.ErrorCode is {|KMS005:"Failed to verify the DEK hash."|};
        }
        """,
        new DiagnosticResult("KMS005", DiagnosticSeverity.Warning).WithSpan(7, 58, 7, 86).WithMessage(
            "'The key has been disabled.' is looked for in ErrorCode, which never holds it: that is the message of KMS.0209; ErrorCode holds the code"));

    [Fact]
    public Task KMS005_right_places_and_unrelated_checks_stay_quiet() => Verify<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(Usings + """
        class Other
        {
            public string ErrorMsg { get; set; }
            public string Message { get; set; }
        }

        class C
        {
            void M(ServiceResponseException e, Exception plain, Other other)
            {
                if (e.ErrorCode == KmsErrorCodes.KeyDisabled) { }
                if (e.ErrorMsg == "The key has been disabled.") { }
                if (e.ErrorMsg.Contains("disabled")) { }
                if (e.Message.Contains("timeout")) { }
                if (plain.Message.Contains("KMS.0209")) { }
                if (other.ErrorMsg == "KMS.0209" || other.Message.Contains("KMS.0209")) { }
                if (e.ErrorCode == "Some text the catalog does not have.") { }
                Console.WriteLine(e.Message + " KMS.0209");
            }
        }
        """);

    [Fact]
    public Task KMS005_codes_looked_for_in_ErrorMessage_are_flagged() => Verify<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(Usings + """
        class C
        {
            void M(ServiceResponseException e, ClientRequestException c, ServerResponseException server, SdkException s)
            {
                if (e.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                if (c?.ErrorMessage == {|KMS005:KmsErrorCodes.KeyDisabled|}) { }
                if (server.ErrorMessage.StartsWith({|KMS005:KmsErrorCodes.InternalError|})) { }
                if (s.ErrorMessage.IndexOf({|KMS005:"KMS.0209"|}) >= 0) { }
            }
        }
        """);

    [Fact]
    public Task KMS005_network_exceptions_carry_no_code_and_stay_quiet() => Verify<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(Usings + """
        class C
        {
            void M(ConnectionException connection, HostUnreachableException host, SslHandShakeException ssl, RequestTimeoutException timeout, CallTimeoutException call, RetryOutageException outage)
            {
                if (connection.ErrorMessage.Contains("refused")) { }
                if (connection.ErrorMessage.Contains("KMS.0205")) { }
                if (host.Message.Contains("KMS.0205")) { }
                if (ssl.ErrorMessage == KmsErrorCodes.KeyDisabled) { }
                if (timeout.ErrorMessage.Contains("timed out") || timeout.Message.Contains("KMS.0101")) { }
                if (call.ToString().Contains("KMS.0101") || outage.ErrorMessage == "KMS.0102") { }
            }
        }
        """);

    [Fact]
    public async Task KMS005_ErrorMessage_fix_compares_ErrorCode_where_the_type_has_one()
    {
        var test = new KmsTest<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>
        {
            TestCode = Usings + """
                class C
                {
                    void M(ClientRequestException e, SdkException s)
                    {
                        if (e.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                        if (s.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                    }
                }
                """,
            FixedCode = Usings + """
                class C
                {
                    void M(ClientRequestException e, SdkException s)
                    {
                        if (e.ErrorCode == "KMS.0205") { }
                        if (s.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                    }
                }
                """,
            CodeActionEquivalenceKey = CompareErrorCodeCodeFixProvider.CompareErrorCodeEquivalenceKey,
        }.WithSdk();
        test.FixedState.MarkupHandling = MarkupMode.Allow; // SdkException has no ErrorCode: that one keeps its diagnostic, with no fix
        await test.RunAsync();
    }

    [Fact]
    public Task KMS005_fix_compares_ErrorCode() => Fix<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(
        Usings + """
        class C
        {
            void M(ServiceResponseException e)
            {
                if (e.Message.Contains({|KMS005:"KMS.0205"|})) { }
                if (!e.ErrorMsg.Equals({|KMS005:KmsErrorCodes.KeyDisabled|})) { }
                if (e.ToString().IndexOf({|KMS005:"KMS.0209"|}) < 0) { }
                if (e?.ErrorMsg != {|KMS005:"KMS.0209"|} && e.ErrorMsg.StartsWith({|KMS005:KmsErrorCodes.TokenExpired|})) { }
            }
        }
        """,
        Usings + """
        class C
        {
            void M(ServiceResponseException e)
            {
                if (e.ErrorCode == "KMS.0205") { }
                if (!(e.ErrorCode == KmsErrorCodes.KeyDisabled)) { }
                if (e.ErrorCode != "KMS.0209") { }
                if (e?.ErrorCode != "KMS.0209" && e.ErrorCode == KmsErrorCodes.TokenExpired) { }
            }
        }
        """,
        CompareErrorCodeCodeFixProvider.CompareErrorCodeEquivalenceKey);

    [Theory]
    [InlineData(CompareErrorCodeCodeFixProvider.UseCodeOfMessageEquivalenceKey, "EncryptDatakeyHashMismatch")]
    [InlineData(CompareErrorCodeCodeFixProvider.UseCodeOfMessageEquivalenceKey + ".1", "DecryptDatakeyHashMismatch")]
    public Task KMS005_fix_puts_the_code_of_the_message(string equivalenceKey, string constant) => Fix<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(
        Usings + """
        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == {|KMS005:"Failed to verify the DEK hash."|};
        }
        """,
        Usings + $$"""
        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == KmsErrorCodes.{{constant}};
        }
        """,
        equivalenceKey);

    [Fact]
    public Task KMS006_codes_tested_on_the_other_exception_type_are_flagged() => Verify<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider>(Usings + """
        class C
        {
            void Call() { }

            void M(object outcome)
            {
                try
                {
                    Call();
                }
                catch (ServerResponseException e) when (e.ErrorCode == {|KMS006:KmsErrorCodes.InvalidKeyId|})
                {
                }
                catch (ClientRequestException e) when (e.ErrorCode is KmsErrorCodes.KeyDisabled or {|KMS006:KmsErrorCodes.InternalError|})
                {
                }

                if (outcome is ClientRequestException { ErrorCode: {|KMS006:KmsErrorCodes.AbnormalIo|} }) { }
                if (outcome is ServerResponseException { ErrorCode: {|KMS006:"KMS.0209"|} or KmsErrorCodes.InternalError }) { }
                if (outcome is ServiceResponseException s && s.HttpStatusCode == 500 && s.ErrorCode == {|KMS006:KmsErrorCodes.KeyDisabled|}) { }
                if (outcome is ServiceResponseException { HttpStatusCode: 400, ErrorCode: {|KMS006:KmsErrorCodes.InternalError|} }) { }
                var message = outcome switch
                {
                    ClientRequestException { ErrorCode: {|KMS006:KmsErrorCodes.AbnormalIo|} } => "io",
                    _ => "other",
                };
            }

            void Typed(ServerResponseException server)
            {
                if (server.ErrorCode == {|KMS006:"KMS.0205"|}) { }
            }
        }
        """);

    [Fact]
    public Task KMS006_base_type_and_consistent_checks_stay_quiet() => Verify<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider>(Usings + """
        class C
        {
            void Call() { }

            void M(object outcome, ServiceResponseException any)
            {
                try
                {
                    Call();
                }
                catch (ServiceResponseException e) when (e.ErrorCode == KmsErrorCodes.InvalidKeyId || e.ErrorCode == KmsErrorCodes.InternalError)
                {
                }
                catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.InvalidKeyId)
                {
                }
                catch (ServerResponseException e) when (e.ErrorCode != KmsErrorCodes.InvalidKeyId)
                {
                }

                if (outcome is ServerResponseException { ErrorCode: KmsErrorCodes.InternalError }) { }
                if (any.HttpStatusCode == 400 && any.ErrorCode == KmsErrorCodes.KeyDisabled) { }
                if (any.HttpStatusCode == 500 || any.ErrorCode == KmsErrorCodes.KeyDisabled) { }
                if (any is { HttpStatusCode: 500, ErrorCode: KmsErrorCodes.AbnormalIo }) { }
                if (any.ErrorCode == "KMS.9999") { }
            }
        }
        """);

    [Fact]
    public Task KMS006_message_names_where_the_code_arrives() => Verify<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider>(
        Usings + """
        class C
        {
            bool M(ServerResponseException e, ServiceResponseException s) => e.ErrorCode == KmsErrorCodes.InvalidKeyId || (s.HttpStatusCode == 500 && s.ErrorCode == "KMS.0209");
        }
        """,
        new DiagnosticResult("KMS006", DiagnosticSeverity.Warning).WithSpan(7, 85, 7, 111)
            .WithMessage("'KMS.0205' (HTTP 400) can never arrive here: it arrives as ClientRequestException, never as ServerResponseException"),
        new DiagnosticResult("KMS006", DiagnosticSeverity.Warning).WithSpan(7, 158, 7, 168)
            .WithMessage("'KMS.0209' (HTTP 400) can never arrive here: the HttpStatusCode tested with it is 500"));

    [Fact]
    public Task KMS006_fix_catches_or_matches_the_type_the_code_arrives_as() => Fix<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider>(
        Usings + """
        class C
        {
            void Call() { }

            void M(object outcome)
            {
                try
                {
                    Call();
                }
                catch (ServerResponseException e) when (e.ErrorCode == {|KMS006:KmsErrorCodes.InvalidKeyId|} || e.ErrorCode == {|KMS006:KmsErrorCodes.KeyDisabled|})
                {
                }
                catch (HuaweiCloud.SDK.Core.ClientRequestException e) when (e.ErrorCode == {|KMS006:KmsErrorCodes.InternalError|})
                {
                }

                if (outcome is ClientRequestException { ErrorCode: {|KMS006:KmsErrorCodes.AbnormalIo|} }) { }
            }
        }
        """,
        Usings + """
        class C
        {
            void Call() { }

            void M(object outcome)
            {
                try
                {
                    Call();
                }
                catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.InvalidKeyId || e.ErrorCode == KmsErrorCodes.KeyDisabled)
                {
                }
                catch (HuaweiCloud.SDK.Core.ServerResponseException e) when (e.ErrorCode == KmsErrorCodes.InternalError)
                {
                }

                if (outcome is ServerResponseException { ErrorCode: KmsErrorCodes.AbnormalIo }) { }
            }
        }
        """,
        UseArrivalTypeCodeFixProvider.UseArrivalTypeEquivalenceKey);

    [Fact]
    public async Task KMS006_a_catch_that_also_tests_codes_of_its_own_type_is_not_retyped()
    {
        var source = Usings + """
            class C
            {
                void Call() { }

                void M()
                {
                    try
                    {
                        Call();
                    }
                    catch (ServerResponseException e) when (e.ErrorCode == {|KMS006:KmsErrorCodes.InvalidKeyId|} || e.ErrorCode == KmsErrorCodes.InternalError)
                    {
                    }
                }
            }
            """;
        await new KmsTest<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider> { TestCode = source, FixedCode = source }.WithSdk().RunAsync();
    }

    [Fact]
    public async Task Both_rules_do_nothing_without_the_sdk()
    {
        const string source = """
            class ServerResponseException : System.Exception
            {
                public string ErrorCode { get; set; }
                public string ErrorMsg { get; set; }
            }

            class C
            {
                bool M(ServerResponseException e) => e.ErrorCode == "KMS.0205" || e.ErrorMsg == "KMS.0205" || e.Message.Contains("KMS.0205");
            }
            """;
        await new KmsTest<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider> { TestCode = source }.RunAsync();
        await new KmsTest<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider> { TestCode = source }.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public async Task Old_language_versions_are_analyzed_too(LanguageVersion languageVersion)
    {
        const string body = """
            class C
            {
                void M(ServiceResponseException e, ServerResponseException server)
                {
                    if (e.Message.Contains(CODE) || server.ErrorCode == ID) { }
                }
            }
            """;
        var lookup = Usings + body.Replace("CODE", "{|KMS005:\"KMS.0205\"|}").Replace("ID", "KmsErrorCodes.InvalidKeyId");
        var arrival = Usings + body.Replace("CODE", "\"KMS.0205\"").Replace("ID", "{|KMS006:KmsErrorCodes.InvalidKeyId|}");
        await new KmsTest<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider>(languageVersion) { TestCode = lookup }.WithSdk().RunAsync();
        await new KmsTest<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider>(languageVersion) { TestCode = arrival }.WithSdk().RunAsync();
    }

    [Fact]
    public async Task Broken_and_partial_code_gets_no_exception()
    {
        var source = Usings + """
            class C
            {
                void M(ServiceResponseException e, Unknown u)
                {
                    if (e.Message.Contains(
                    if (u.Message.Contains("KMS.0205")) { }
                    catch (ServerResponseException x) when (x.ErrorCode ==
                    _ = e is ClientRequestException { ErrorCode: };
                    _ = e.ToString(
                    _ = e?.ErrorMsg ==
            """;
        await new KmsTest<ErrorCodeLookupAnalyzer, CompareErrorCodeCodeFixProvider> { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None }.WithSdk().RunAsync();
        await new KmsTest<ErrorCodeArrivalAnalyzer, UseArrivalTypeCodeFixProvider> { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None }.WithSdk().RunAsync();
    }

    private static Task Verify<TAnalyzer, TCodeFix>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new KmsTest<TAnalyzer, TCodeFix> { TestCode = source }.WithSdk();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task Fix<TAnalyzer, TCodeFix>(string source, string fixedSource, string equivalenceKey)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        => new KmsTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey }.WithSdk().RunAsync();

}
