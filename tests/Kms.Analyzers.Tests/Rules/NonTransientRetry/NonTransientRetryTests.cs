using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>KMS003: a non-transient code that decides a retry.</summary>
public sealed class NonTransientRetryTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;
        using Kms.ErrorCodes;
        using Polly;

        """;

    [Fact]
    public Task Polly_v7_retry_chains_are_checked() => VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:KmsErrorCodes.KeyDisabled|}).WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<ServerResponseException>(e => e.ErrorCode == "KMS.0101")
                    .Or<ClientRequestException>(e => e.ErrorCode is {|KMS003:"KMS.0205"|} or KmsErrorCodes.GrantCreationFailed)
                    .Retry(3);
                Policy.HandleResult<ServiceResponseException>(r => r.ErrorCode == {|KMS003:KmsErrorCodes.TokenExpired|}).RetryForever();
                Policy.Handle<HttpRequestException>().Or<ClientRequestException>(e => {|KMS003:KmsErrorCodes.InvalidKeyId|}.Equals(e.ErrorCode)).WaitAndRetryForeverAsync(i => TimeSpan.FromSeconds(i));
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:KmsErrorCodes.TooManyKeys|}).RetryAsync();
                Policy.Handle<ClientRequestException>(e => new[] { KmsErrorCodes.InternalError, {|KMS003:KmsErrorCodes.KeyNotEnabled|} }.Contains(e.ErrorCode)).Retry();
            }
        }
        """);

    [Fact]
    public Task Polly_v7_chains_that_do_not_retry_or_do_not_retry_the_code_stay_quiet() => VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled).CircuitBreaker(2, TimeSpan.FromMinutes(1));
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled).CircuitBreakerAsync(2, TimeSpan.FromMinutes(1));
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled).Fallback(() => { });
                Policy.Handle<ClientRequestException>(e => e.ErrorCode != KmsErrorCodes.KeyDisabled).Retry(3);
                Policy.Handle<ClientRequestException>(e => !(e.ErrorCode == KmsErrorCodes.KeyDisabled)).Retry(3);
                Policy.Handle<ClientRequestException>(e => e.ErrorCode is not KmsErrorCodes.KeyDisabled).Retry(3);
                Policy.Handle<ServiceResponseException>(e => KmsErrorCatalog.IsTransient(e.ErrorCode)).WaitAndRetry(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<ServiceResponseException>(e => e.ErrorCode is KmsErrorCodes.InternalError or KmsErrorCodes.AbnormalIo or KmsErrorCodes.GrantCreationFailed).Retry(3);
                Policy.Handle<HttpRequestException>().OrResult<HttpResponseMessage>(r => (int)r.StatusCode >= 500).WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<TimeoutException>().RetryAsync(3);
                Policy.TimeoutAsync(TimeSpan.FromSeconds(1));
            }
        }
        """);

    [Fact]
    public Task Polly_v8_ShouldHandle_is_checked() => VerifyAsync(Usings + """
        using Microsoft.Extensions.Http.Resilience;
        using Polly.Retry;

        class C
        {
            void M()
            {
                new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:"KMS.0209"|}),
                    MaxRetryAttempts = 3,
                });
                var options = new RetryStrategyOptions<string>
                {
                    ShouldHandle = args => args.Outcome.Exception switch
                    {
                        ClientRequestException { ErrorCode: {|KMS003:KmsErrorCodes.TokenExpired|} } => PredicateResult.True(),
                        ServerResponseException { ErrorCode: KmsErrorCodes.InternalError } => PredicateResult.True(),
                        _ => PredicateResult.False(),
                    },
                };
                options.ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ClientRequestException { ErrorCode: {|KMS003:KmsErrorCodes.InvalidKeyId|} });
                var http = new HttpRetryStrategyOptions
                {
                    ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is ClientRequestException c && c.ErrorCode == {|KMS003:KmsErrorCodes.KeyPendingDeletion|}),
                };
                new ResiliencePipelineBuilder<string>().AddRetry(new RetryStrategyOptions<string>
                {
                    ShouldHandle = new PredicateBuilder<string>().Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:KmsErrorCodes.DuplicateKeyAlias|}).HandleResult(r => r == null),
                });
            }
        }
        """);

    [Fact]
    public Task Polly_v8_options_that_do_not_retry_the_code_stay_quiet() => VerifyAsync(Usings + """
        using Polly.CircuitBreaker;
        using Polly.Fallback;
        using Polly.Retry;
        using Polly.Timeout;

        class C
        {
            void M()
            {
                new ResiliencePipelineBuilder()
                    .AddCircuitBreaker(new CircuitBreakerStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled) })
                    .AddRetry(new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<HttpRequestException>() })
                    .AddRetry(new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ServiceResponseException>(e => KmsErrorCatalog.IsTransient(e.ErrorCode)) })
                    .AddTimeout(TimeSpan.FromSeconds(5));
                new ResiliencePipelineBuilder<string>().AddFallback(new FallbackStrategyOptions<string>
                {
                    ShouldHandle = new PredicateBuilder<string>().Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled),
                    FallbackAction = args => Outcome.FromResultAsValueTask("fallback"),
                });
                _ = new RetryStrategyOptions
                {
                    ShouldHandle = args => args.Outcome.Exception switch
                    {
                        ClientRequestException { ErrorCode: KmsErrorCodes.KeyDisabled } => PredicateResult.False(),
                        ServerResponseException => PredicateResult.True(),
                        _ => PredicateResult.False(),
                    },
                };
            }
        }
        """);

    [Fact]
    public Task Pollys_own_usage_patterns_stay_quiet() => VerifyAsync(Usings + """
        using System.Net;
        using Polly.CircuitBreaker;
        using Polly.Retry;
        using Polly.Timeout;

        class PollyPatterns
        {
            void V7(Action<string> log)
            {
                Policy.Handle<HttpRequestException>().Retry(3, (exception, retryCount) => log("KMS.0209 seen " + retryCount));
                Policy.Handle<HttpRequestException>(ex => ex.Message.Contains("KMS.0209")).Or<TimeoutException>().WaitAndRetry(new[] { TimeSpan.FromSeconds(1) });
                Policy.HandleResult<HttpResponseMessage>(r => r.StatusCode == HttpStatusCode.TooManyRequests).WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt)));
                Policy<HttpResponseMessage>.Handle<HttpRequestException>().OrResult(r => !r.IsSuccessStatusCode).RetryAsync(2);
                Policy.Handle<ServiceResponseException>(e => e.ErrorCode == KmsErrorCodes.GrantCreationFailed).WaitAndRetryForever(attempt => TimeSpan.FromSeconds(attempt), (e, t) => log(KmsErrorCodes.KeyDisabled));
                Policy.Handle<ClientRequestException>().Fallback(() => log("KMS.0205"));
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled).AdvancedCircuitBreaker(0.5, TimeSpan.FromSeconds(10), 8, TimeSpan.FromSeconds(30));
                Policy.Bulkhead(10);
                Policy.NoOp();
                Policy.Wrap(Policy.Handle<TimeoutException>().Retry(), Policy.Timeout(5));
            }

            void V8()
            {
                new ResiliencePipelineBuilder<HttpResponseMessage>()
                    .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                    {
                        ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().HandleResult(r => r.StatusCode == HttpStatusCode.InternalServerError),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        MaxRetryAttempts = 4,
                        OnRetry = args =>
                        {
                            Console.WriteLine(args.Outcome.Exception is ClientRequestException { ErrorCode: KmsErrorCodes.KeyDisabled } ? "KMS.0209" : "other");
                            return default;
                        },
                    })
                    .AddTimeout(TimeSpan.FromSeconds(10))
                    .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage> { FailureRatio = 0.5 })
                    .Build();
                new ResiliencePipelineBuilder()
                    .AddRetry(new RetryStrategyOptions
                    {
                        ShouldHandle = args => args.Outcome switch
                        {
                            { Exception: ServerResponseException { ErrorCode: KmsErrorCodes.InternalError or KmsErrorCodes.AbnormalIo } } => PredicateResult.True(),
                            { Exception: TimeoutRejectedException } => PredicateResult.True(),
                            _ => PredicateResult.False(),
                        },
                        DelayGenerator = args => new ValueTask<TimeSpan?>(TimeSpan.FromSeconds(args.AttemptNumber)),
                    })
                    .Build();
            }
        }
        """);

    [Fact]
    public async Task Broken_and_partial_code_gets_no_exception()
    {
        var test = new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>
        {
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestCode = Usings + """
                class C
                {
                    static bool IsTransient(string code) => code is KmsErrorCodes.KeyDisabled or
                    static bool ShouldRetry(Unknown e) => e.ErrorCode == {|KMS003:"KMS.0205"|};
                    static bool CanRetry(string code) { switch (code) { case {|KMS003:KmsErrorCodes.KeyDisabled|}: return true; case
                    void M()
                    {
                        Policy.Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled).
                        Policy.Handle<Missing>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled).Retry(3);
                        while (true) { try { } catch (ClientRequestException e) when (e.ErrorCode == {|KMS003:KmsErrorCodes.KeyDisabled|}
                """,
        }.WithSdk().WithPolly();
        await test.RunAsync();
    }

    [Fact]
    public Task The_sdk_WithRetry_condition_is_checked() => VerifyAsync(Usings + """
        class C
        {
            void M(KmsClient client, KmsAsyncClient asyncClient, DeleteKeyRequest request, IBackoffStrategy backoff)
            {
                client.DeleteKeyInvoker(request).WithRetry((response, error) => error is ClientRequestException { ErrorCode: {|KMS003:"KMS.0209"|} }, 3, backoff).Invoke();
                asyncClient.DeleteKeyAsyncInvoker(request).WithRetry(
                    retryCondition: (response, error) => error is ServiceResponseException s && (s.ErrorCode == KmsErrorCodes.InternalError || s.ErrorCode == {|KMS003:KmsErrorCodes.KeyDisabled|}),
                    maxRetries: 3,
                    backoffStrategy: backoff);
                client.DeleteKeyInvoker(request).WithRetry((response, error) => error is ServiceResponseException s && KmsErrorCatalog.IsTransient(s.ErrorCode), 3, backoff);
            }
        }
        """);

    [Fact]
    public Task Hand_rolled_retry_loops_are_checked() => VerifyAsync(Usings + """
        class C
        {
            string Call() => "";

            async Task<string> FilterThenDelay()
            {
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        return Call();
                    }
                    catch (ClientRequestException e) when (e.ErrorCode == {|KMS003:KmsErrorCodes.KeyDisabled|} && attempt < 3)
                    {
                        await Task.Delay(100);
                    }
                }
            }

            void TestInBodyThenContinue()
            {
                while (true)
                {
                    try
                    {
                        Call();
                        break;
                    }
                    catch (ClientRequestException e)
                    {
                        if (e.ErrorCode == {|KMS003:"KMS.0205"|})
                        {
                            Thread.Sleep(10);
                            continue;
                        }

                        throw;
                    }
                }
            }

            void RethrowOthers()
            {
                var tries = 0;
                do
                {
                    try
                    {
                        Call();
                        return;
                    }
                    catch (ClientRequestException e)
                    {
                        if (e.ErrorCode != {|KMS003:KmsErrorCodes.TooManyKeys|})
                        {
                            throw;
                        }
                    }
                }
                while (tries++ < 3);
            }

            void SwitchInCatch()
            {
                while (true)
                {
                    try
                    {
                        Call();
                        return;
                    }
                    catch (ServiceResponseException e)
                    {
                        switch (e.ErrorCode)
                        {
                            case KmsErrorCodes.InternalError:
                            case {|KMS003:KmsErrorCodes.InvalidKeyAlias|}:
                                continue;
                            default:
                                throw;
                        }
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Loops_that_leave_or_skip_stay_quiet() => VerifyAsync(Usings + """
        class C
        {
            void Process(string item) { }

            void SkipFailedItems(List<string> items)
            {
                foreach (var item in items)
                {
                    try
                    {
                        Process(item);
                    }
                    catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.KeyDisabled)
                    {
                        continue;
                    }
                }
            }

            string RethrowOrGiveUp()
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    try
                    {
                        Process("x");
                    }
                    catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.KeyDisabled)
                    {
                        throw;
                    }
                    catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.InvalidKeyId)
                    {
                        return null;
                    }
                    catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.TokenExpired)
                    {
                        break;
                    }
                    catch (ClientRequestException e)
                    {
                        if (e.ErrorCode == KmsErrorCodes.KeyNotEnabled)
                        {
                            throw new InvalidOperationException("enable the key", e);
                        }
                    }
                    catch (ServerResponseException e) when (e.ErrorCode == KmsErrorCodes.InternalError)
                    {
                    }
                }

                return "done";
            }

            void NotInALoop()
            {
                try
                {
                    Process("x");
                }
                catch (ClientRequestException e) when (e.ErrorCode == KmsErrorCodes.KeyDisabled)
                {
                }
            }
        }
        """);

    [Fact]
    public Task Named_retry_decisions_are_checked() => VerifyAsync(Usings + """
        static class RetryRules
        {
            const string Disabled = KmsErrorCodes.KeyDisabled;

            static readonly HashSet<string> RetryableCodes = new() { KmsErrorCodes.InternalError, {|KMS003:KmsErrorCodes.TokenExpired|} };
            static readonly string[] TransientCodes = { "KMS.0101", {|KMS003:"KMS.1105"|} };
            static readonly Func<string, bool> IsRetriableCode = code => code == {|KMS003:KmsErrorCodes.InvalidGrantId|};

            public static bool IsTransient(string code) => code is KmsErrorCodes.InternalError or {|KMS003:KmsErrorCodes.DuplicateKeyAlias|};

            public static bool IsTransientConst(string code) => code == {|KMS003:Disabled|};

            public static bool ShouldRetry(ServiceResponseException e)
            {
                switch (e.ErrorCode)
                {
                    case KmsErrorCodes.AbnormalIo:
                    case {|KMS003:"KMS.0209"|}:
                        return true;
                    default:
                        return false;
                }
            }

            public static bool CanRetry(string code)
            {
                if (code == {|KMS003:KmsErrorCodes.InvalidKeyId|})
                {
                    return true;
                }

                return code == KmsErrorCodes.InternalError;
            }

            public static TimeSpan? RetryDelay(string code) => code switch
            {
                {|KMS003:KmsErrorCodes.TooManyGrants|} => TimeSpan.FromSeconds(30),
                _ => null,
            };

            public static bool RetryableProperty => Current == {|KMS003:KmsErrorCodes.KeyNotEnabled|};

            static string Current { get; set; }

            static void Local()
            {
                var retryable = new[] { KmsErrorCodes.AbnormalIo, {|KMS003:KmsErrorCodes.InvalidTagKey|} };
                bool IsRetryable(string c) => c == {|KMS003:KmsErrorCodes.InvalidTagValue|};
            }
        }
        """);

    [Fact]
    public Task Look_alike_helpers_stay_quiet() => VerifyAsync(Usings + """
        static class Rules
        {
            static readonly HashSet<string> NonRetryableCodes = new() { KmsErrorCodes.KeyDisabled, KmsErrorCodes.InvalidKeyId };
            static readonly string[] FatalCodes = { KmsErrorCodes.KeyDisabled };

            public static bool IsFatal(string code) => code is KmsErrorCodes.KeyDisabled or KmsErrorCodes.InvalidKeyId;

            public static bool IsNotTransient(string code) => code == KmsErrorCodes.KeyDisabled;

            public static bool DoNotRetry(string code) => code == KmsErrorCodes.KeyDisabled;

            public static bool ShouldRetry(string code)
            {
                if (code == KmsErrorCodes.KeyDisabled)
                {
                    return false;
                }

                return KmsErrorCatalog.IsTransient(code);
            }

            public static bool IsTransient(string code) => code == KmsErrorCodes.KeyDisabled ? false : KmsErrorCatalog.IsTransient(code);

            public static bool IsRetryable(string code) => code switch
            {
                KmsErrorCodes.KeyDisabled => false,
                KmsErrorCodes.InternalError => true,
                _ => false,
            };

            public static bool ShouldRetryTransientOnly(string code) => code is KmsErrorCodes.InternalError or KmsErrorCodes.AbnormalIo or KmsErrorCodes.GrantCreationFailed;

            public static string Describe(string code) => code == KmsErrorCodes.KeyDisabled ? "disabled" : "other";
        }
        """);

    [Fact]
    public async Task Options_add_transient_codes_and_retry_names()
    {
        var test = new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>
        {
            TestCode = Usings + """
                static class Rules
                {
                    public static bool IsTransient(string code) => code is KmsErrorCodes.TooManyKeys or {|KMS003:KmsErrorCodes.KeyDisabled|};

                    public static bool IsResilientFailure(string code) => code == {|KMS003:KmsErrorCodes.InvalidKeyId|};

                    public static bool IsFatal(string code) => code == KmsErrorCodes.InvalidKeyId;
                }
                """,
        }.WithSdk().WithPolly().WithEditorConfig("kms_analyzers.additional_transient_codes = KMS.1105\nkms_analyzers.retry_method_names = Resilient");
        await test.RunAsync();
    }

    [Fact]
    public Task Codes_of_the_2025_edition_are_judged_by_their_transience() => VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:KmsErrorCodes.AuthTokenExpired|} || e.ErrorCode == {|KMS003:"KMS.0328"|}).Retry(3);
                Policy.Handle<ClientRequestException>(e => e.ErrorCode is {|KMS003:KmsErrorCodes.KeyNotFound|} or {|KMS003:KmsErrorCodes.NoKeyAccessPermission|} or {|KMS003:"KMS.5022"|}).Retry(3);
                Policy.Handle<ServerResponseException>(e => e.ErrorCode == KmsErrorCodes.SystemErrorUnavailable || e.ErrorCode == "KMS.3805" || e.ErrorCode == KmsErrorCodes.PdpAuthenticationFailed).Retry(3);
                Policy.Handle<ClientRequestException>(e => e.ErrorCode is KmsErrorCodes.KeyPartitionLookupFailed or KmsErrorCodes.SystemErrorBadRequest or "KMS.1108").Retry(3);
            }
        }
        """);

    [Fact]
    public async Task A_code_the_team_never_retries_is_reported_though_the_catalog_calls_it_transient()
    {
        var test = new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>
        {
            TestCode = Usings + """
                static class Rules
                {
                    public static bool IsTransient(string code) => code is KmsErrorCodes.InternalError or {|KMS003:KmsErrorCodes.InvalidOrderResources|} or {|KMS003:KmsErrorCodes.KeyDisabled|};

                    public static bool IsRetryable(string code) => code == KmsErrorCodes.BornRegionForwardingFailed || code == {|KMS003:KmsErrorCodes.TooManyKeys|};
                }
                """,
        }.WithSdk().WithPolly().WithEditorConfig("kms_analyzers.non_transient_codes = KMS.3202, KMS.1105\nkms_analyzers.additional_transient_codes = KMS.1105");
        await test.RunAsync();
    }

    [Fact]
    public async Task The_message_names_the_code_and_the_measure()
    {
        var test = new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>
        {
            TestCode = Usings + "static class Rules { public static bool IsTransient(string code) => code == \"KMS.0205\"; }",
        }.WithSdk().WithPolly();
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KMS003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(12, 77, 12, 87)
            .WithMessage("'KMS.0205' (Invalid key ID.) is not transient; retrying cannot succeed: Enter a valid key ID."));
        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public async Task Old_language_versions_are_analyzed_too(LanguageVersion languageVersion)
    {
        var test = new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>(languageVersion)
        {
            TestCode = Usings + """
                static class Rules
                {
                    public static bool IsTransient(string code)
                    {
                        switch (code)
                        {
                            case KmsErrorCodes.InternalError:
                            case {|KMS003:KmsErrorCodes.KeyDisabled|}:
                                return true;
                        }

                        return code == {|KMS003:"KMS.0205"|};
                    }

                    static void M()
                    {
                        Policy.Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:KmsErrorCodes.TokenExpired|}).Retry(3);
                    }
                }
                """,
        }.WithSdk().WithPolly();
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_removes_the_code_from_lists_patterns_chains_and_labels() => FixAsync(
        Usings + """
        static class Rules
        {
            static readonly HashSet<string> RetryableCodes = new() { KmsErrorCodes.InternalError, {|KMS003:KmsErrorCodes.TokenExpired|} };

            public static bool IsTransient(string code) => code is KmsErrorCodes.InternalError or {|KMS003:KmsErrorCodes.KeyDisabled|};

            public static bool CanRetry(string code) => code == KmsErrorCodes.AbnormalIo || code == {|KMS003:"KMS.0205"|};

            public static bool ShouldRetry(string code)
            {
                switch (code)
                {
                    case KmsErrorCodes.InternalError:
                    case {|KMS003:KmsErrorCodes.KeyNotEnabled|}:
                        return true;
                    default:
                        return false;
                }
            }
        }
        """,
        Usings + """
        static class Rules
        {
            static readonly HashSet<string> RetryableCodes = new() { KmsErrorCodes.InternalError };

            public static bool IsTransient(string code) => code is KmsErrorCodes.InternalError;

            public static bool CanRetry(string code) => code == KmsErrorCodes.AbnormalIo;

            public static bool ShouldRetry(string code)
            {
                switch (code)
                {
                    case KmsErrorCodes.InternalError:
                        return true;
                    default:
                        return false;
                }
            }
        }
        """,
        NonTransientRetryCodeFixProvider.RemoveFromRetryConditionEquivalenceKey);

    [Fact]
    public Task Fix_replaces_a_single_check_with_IsTransient() => FixAsync(
        Usings + """
        class C
        {
            void M()
            {
                Policy.Handle<ClientRequestException>(e => e.ErrorCode == {|KMS003:KmsErrorCodes.KeyDisabled|}).Retry(3);
            }

            void Loop()
            {
                while (true)
                {
                    try
                    {
                        return;
                    }
                    catch (ClientRequestException e)
                    {
                        if (e.ErrorCode != {|KMS003:KmsErrorCodes.TooManyKeys|})
                        {
                            throw;
                        }
                    }
                }
            }
        }
        """,
        Usings + """
        class C
        {
            void M()
            {
                Policy.Handle<ClientRequestException>(e => KmsErrorCatalog.IsTransient(e.ErrorCode)).Retry(3);
            }

            void Loop()
            {
                while (true)
                {
                    try
                    {
                        return;
                    }
                    catch (ClientRequestException e)
                    {
                        if (!KmsErrorCatalog.IsTransient(e.ErrorCode))
                        {
                            throw;
                        }
                    }
                }
            }
        }
        """,
        NonTransientRetryCodeFixProvider.UseIsTransientEquivalenceKey);

    [Fact]
    public Task Fix_all_removes_every_non_transient_code_of_one_chain() => FixAsync(
        Usings + """
        static class Rules
        {
            public static bool IsTransient(string c) => c == {|KMS003:KmsErrorCodes.KeyDisabled|} || c == {|KMS003:KmsErrorCodes.InvalidKeyId|} || c == KmsErrorCodes.InternalError;

            public static bool IsRetryable(string c) => c is {|KMS003:KmsErrorCodes.KeyDisabled|} or {|KMS003:KmsErrorCodes.InvalidKeyId|} or KmsErrorCodes.AbnormalIo;
        }
        """,
        Usings + """
        static class Rules
        {
            public static bool IsTransient(string c) => c == KmsErrorCodes.InternalError;

            public static bool IsRetryable(string c) => c is KmsErrorCodes.AbnormalIo;
        }
        """,
        NonTransientRetryCodeFixProvider.RemoveFromRetryConditionEquivalenceKey);

    private static Task VerifyAsync(string source)
        => new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider> { TestCode = source }.WithSdk().WithPolly().RunAsync();

    private static Task FixAsync(string source, string fixedSource, string equivalenceKey)
        => new KmsTest<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        }.WithSdk().WithPolly().RunAsync();
}
