using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.ErrorCodeArrivalAnalyzer, Kms.Analyzers.ErrorCodeArrivalCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>KMS006: a code tested where it cannot arrive.</summary>
public sealed class ErrorCodeArrivalTests
{
    [Fact]
    public Task codes_tested_on_the_other_exception_type_are_flagged() => Verify.AnalyzerAsync(SourceHeaders.SdkAndCatalog + """
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
                catch (ServerResponseException e) when (e.ErrorCode == {|KMS006:KmsErrorCodes.NoKeyAccessPermission|} || e.ErrorCode == {|KMS006:"KMS.0207"|})
                {
                }
                catch (ClientRequestException e) when (e.ErrorCode == {|KMS006:KmsErrorCodes.SystemErrorUnavailable|} || e.ErrorCode == KmsErrorCodes.RequestMethodNotSupported)
                {
                }

                if (outcome is ClientRequestException { ErrorCode: {|KMS006:KmsErrorCodes.AbnormalIo|} }) { }
                if (outcome is ServerResponseException { ErrorCode: {|KMS006:"KMS.0209"|} or KmsErrorCodes.InternalError }) { }
                if (outcome is ServiceResponseException s && s.HttpStatusCode == 500 && s.ErrorCode == {|KMS006:KmsErrorCodes.KeyDisabled|}) { }
                if (outcome is ServiceResponseException { HttpStatusCode: 400, ErrorCode: {|KMS006:KmsErrorCodes.InternalError|} }) { }
                if (outcome is ServiceResponseException n && n.HttpStatusCode == 400 && n.ErrorCode == {|KMS006:KmsErrorCodes.KeyNotFound|}) { }
                if (outcome is ServiceResponseException { HttpStatusCode: 500, ErrorCode: {|KMS006:KmsErrorCodes.SystemErrorUnavailable|} }) { }
                if (outcome is ServerResponseException { ErrorCode: {|KMS006:KmsErrorCodes.ServiceFrozen|} }) { }
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
    public Task a_contradicting_status_is_reported_with_the_codes_real_status() => Verify.AnalyzerAsync(
        SourceHeaders.SdkAndCatalog + """
        class C
        {
            bool M(ServiceResponseException e) => e.HttpStatusCode == 400 && e.ErrorCode == KmsErrorCodes.NoKeyAccessPermission;
        }
        """,
        Verify.Diagnostic("KMS006").WithSpan(7, 85, 7, 120).WithMessage("'KMS.0306' (HTTP 403) can never arrive here: the HttpStatusCode tested with it is 400"));

    [Fact]
    public Task a_403_code_caught_as_ServerResponseException_is_retyped()
    {
        const string Handler = """
            class C
            {
                string M(Func<string> call)
                {
                    try { return call(); }
                    catch (CAUGHT e) when (e.ErrorCode == FIRST || e.ErrorCode == SECOND) { return e.ErrorMsg; }
                }
            }
            """;
        return Verify.FixAsync(
            SourceHeaders.SdkAndCatalog + Handler.Replace("CAUGHT", "ServerResponseException").Replace("FIRST", "{|KMS006:KmsErrorCodes.NoKeyAccessPermission|}").Replace("SECOND", "{|KMS006:KmsErrorCodes.KeyNotFound|}"),
            SourceHeaders.SdkAndCatalog + Handler.Replace("CAUGHT", "ClientRequestException").Replace("FIRST", "KmsErrorCodes.NoKeyAccessPermission").Replace("SECOND", "KmsErrorCodes.KeyNotFound"));
    }

    [Fact]
    public Task base_type_and_consistent_checks_stay_quiet() => Verify.AnalyzerAsync(SourceHeaders.SdkAndCatalog + """
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
                catch (ServerResponseException e) when (e.ErrorCode == KmsErrorCodes.SystemErrorUnavailable || e.ErrorCode == KmsErrorCodes.EnclaveRootCertificateUnavailable)
                {
                }
                catch (ClientRequestException e) when (e.ErrorCode is KmsErrorCodes.AuthTokenExpired or KmsErrorCodes.KeyNotFound or KmsErrorCodes.InvalidTagId or KmsErrorCodes.RequestMethodNotSupported)
                {
                }

                if (outcome is ServerResponseException { ErrorCode: KmsErrorCodes.InternalError }) { }
                if (any.HttpStatusCode == 400 && any.ErrorCode == KmsErrorCodes.KeyDisabled) { }
                if (any.HttpStatusCode == 500 || any.ErrorCode == KmsErrorCodes.KeyDisabled) { }
                if (any is { HttpStatusCode: 500, ErrorCode: KmsErrorCodes.AbnormalIo }) { }
                if (any.HttpStatusCode == 404 && any.ErrorCode == KmsErrorCodes.KeyNotFound) { }
                if (any is { HttpStatusCode: 503, ErrorCode: KmsErrorCodes.SystemErrorUnavailable }) { }
                if (any.ErrorCode == "KMS.9999") { }
            }
        }
        """);

    [Fact]
    public Task message_names_where_the_code_arrives() => Verify.AnalyzerAsync(
        SourceHeaders.SdkAndCatalog + """
        class C
        {
            bool M(ServerResponseException e, ServiceResponseException s) => e.ErrorCode == KmsErrorCodes.InvalidKeyId || (s.HttpStatusCode == 500 && s.ErrorCode == "KMS.0209");
        }
        """,
        Verify.Diagnostic("KMS006").WithSpan(7, 85, 7, 111)
            .WithMessage("'KMS.0205' (HTTP 400) can never arrive here: it arrives as ClientRequestException, never as ServerResponseException"),
        Verify.Diagnostic("KMS006").WithSpan(7, 158, 7, 168)
            .WithMessage("'KMS.0209' (HTTP 400) can never arrive here: the HttpStatusCode tested with it is 500"));

    [Fact]
    public Task The_fix_catches_or_matches_the_type_the_code_arrives_as() => Verify.FixAsync(
        SourceHeaders.SdkAndCatalog + """
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
        SourceHeaders.SdkAndCatalog + """
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
        ErrorCodeArrivalCodeFixProvider.UseArrivalTypeEquivalenceKey);

    [Fact]
    public async Task a_catch_that_also_tests_codes_of_its_own_type_is_not_retyped()
    {
        var source = SourceHeaders.SdkAndCatalog + """
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
        await new KmsTest<ErrorCodeArrivalAnalyzer, ErrorCodeArrivalCodeFixProvider> { TestCode = source, FixedCode = source }.WithSdk().RunAsync();
    }

    [Fact]
    public Task Nothing_happens_without_the_sdk() => new KmsTest<ErrorCodeArrivalAnalyzer, ErrorCodeArrivalCodeFixProvider>
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
                if (e.Message.Contains("KMS.0205") || server.ErrorCode == {|KMS006:KmsErrorCodes.InvalidKeyId|}) { }
            }
        }
        """,
        languageVersion);

    [Fact]
    public Task Broken_and_partial_code_gets_no_exception() => new KmsTest<ErrorCodeArrivalAnalyzer, ErrorCodeArrivalCodeFixProvider>
    {
        TestCode = SourceHeaders.SdkAndCatalog + SourceHeaders.BrokenExceptionChecks,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.WithSdk().RunAsync();
}
