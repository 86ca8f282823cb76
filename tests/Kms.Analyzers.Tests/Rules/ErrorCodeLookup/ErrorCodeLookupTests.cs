using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.ErrorCodeLookupAnalyzer, Kms.Analyzers.ErrorCodeLookupCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>KMS005: a code looked up where the SDK never puts it.</summary>
public sealed class ErrorCodeLookupTests
{
    [Fact]
    public Task codes_looked_for_in_the_text_are_flagged() => Verify.AnalyzerAsync(SourceHeaders.SdkAndCatalog + """
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
    public Task a_message_text_compared_with_ErrorCode_is_flagged() => Verify.AnalyzerAsync(
        SourceHeaders.SdkAndCatalog + """
        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == "The key has been disabled." || e.ErrorCode is {|KMS005:"Failed to verify the DEK hash."|};
        }
        """,
        Verify.Diagnostic("KMS005").WithSpan(7, 58, 7, 86).WithMessage(
            "'The key has been disabled.' is looked for in ErrorCode, which never holds it: that is the message of KMS.0209; ErrorCode holds the code"));

    [Fact]
    public Task right_places_and_unrelated_checks_stay_quiet() => Verify.AnalyzerAsync(SourceHeaders.SdkAndCatalog + """
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
    public Task codes_looked_for_in_ErrorMessage_are_flagged() => Verify.AnalyzerAsync(SourceHeaders.SdkAndCatalog + """
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
    public Task network_exceptions_carry_no_code_and_stay_quiet() => Verify.AnalyzerAsync(SourceHeaders.SdkAndCatalog + """
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
    public async Task ErrorMessage_fix_compares_ErrorCode_where_the_type_has_one()
    {
        var test = new KmsTest<ErrorCodeLookupAnalyzer, ErrorCodeLookupCodeFixProvider>
        {
            TestCode = SourceHeaders.SdkAndCatalog + """
                class C
                {
                    void M(ClientRequestException e, SdkException s)
                    {
                        if (e.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                        if (s.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                    }
                }
                """,
            FixedCode = SourceHeaders.SdkAndCatalog + """
                class C
                {
                    void M(ClientRequestException e, SdkException s)
                    {
                        if (e.ErrorCode == "KMS.0205") { }
                        if (s.ErrorMessage.Contains({|KMS005:"KMS.0205"|})) { }
                    }
                }
                """,
            CodeActionEquivalenceKey = ErrorCodeLookupCodeFixProvider.CompareErrorCodeEquivalenceKey,
        }.WithSdk();
        test.FixedState.MarkupHandling = MarkupMode.Allow; // SdkException has no ErrorCode: that one keeps its diagnostic, with no fix
        await test.RunAsync();
    }

    [Fact]
    public Task fix_compares_ErrorCode() => Verify.FixAsync(
        SourceHeaders.SdkAndCatalog + """
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
        SourceHeaders.SdkAndCatalog + """
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
        ErrorCodeLookupCodeFixProvider.CompareErrorCodeEquivalenceKey);

    [Theory]
    [InlineData(ErrorCodeLookupCodeFixProvider.UseCodeOfMessageEquivalenceKey, "EncryptDatakeyHashMismatch")]
    [InlineData(ErrorCodeLookupCodeFixProvider.UseCodeOfMessageEquivalenceKey + ".1", "DecryptDatakeyHashMismatch")]
    public Task fix_puts_the_code_of_the_message(string equivalenceKey, string constant) => Verify.FixAsync(
        SourceHeaders.SdkAndCatalog + """
        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == {|KMS005:"Failed to verify the DEK hash."|};
        }
        """,
        SourceHeaders.SdkAndCatalog + $$"""
        class C
        {
            bool M(ServiceResponseException e) => e.ErrorCode == KmsErrorCodes.{{constant}};
        }
        """,
        equivalenceKey);

    [Fact]
    public Task Nothing_happens_without_the_sdk() => new KmsTest<ErrorCodeLookupAnalyzer, ErrorCodeLookupCodeFixProvider>
    {
        TestCode = SourceHeaders.LookAlikeExceptionWithoutSdk,
    }.RunAsync();

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public Task Old_language_versions_are_analyzed_too(LanguageVersion languageVersion) => Verify.AnalyzerAsync(
        SourceHeaders.SdkAndCatalog + """
        class C
        {
            void M(ServiceResponseException e, ServerResponseException server)
            {
                if (e.Message.Contains({|KMS005:"KMS.0205"|}) || server.ErrorCode == KmsErrorCodes.InvalidKeyId) { }
            }
        }
        """,
        languageVersion);

    [Fact]
    public Task Broken_and_partial_code_gets_no_exception() => new KmsTest<ErrorCodeLookupAnalyzer, ErrorCodeLookupCodeFixProvider>
    {
        TestCode = SourceHeaders.SdkAndCatalog + SourceHeaders.BrokenExceptionChecks,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.WithSdk().RunAsync();
}
