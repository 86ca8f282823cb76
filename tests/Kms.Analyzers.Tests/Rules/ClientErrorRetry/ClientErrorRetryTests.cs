using System.Globalization;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>KMS008: a retry that takes a whole exception type carrying KMS's 4xx answers.</summary>
public sealed class ClientErrorRetryTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;
        using Kms.ErrorCodes;
        using Polly;
        using Polly.Retry;

        """;

    /// <summary>Another service of the SDK, as its clients look.</summary>
    private const string EcsClient = """

        namespace HuaweiCloud.SDK.Ecs.V2
        {
            public class EcsClient : HuaweiCloud.SDK.Core.Client
            {
                public void ListServers() { }
            }
        }
        """;

    [Fact]
    public Task The_issues_five_examples_are_each_reported_once() => VerifyAsync(Usings + """
        class C
        {
            async Task M(KmsAsyncClient client, DeleteKeyRequest request)
            {
                Policy.Handle<{|KMS008:ClientRequestException|}>().WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                _ = new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<{|KMS008:ServiceResponseException|}>() };
                _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is {|KMS008:ClientRequestException|}) };
                client.DeleteKeyAsyncInvoker(request).WithRetry((response, exception) => exception is {|KMS008:ServiceResponseException|}, 5, BackoffStrategies.EqualJitter);
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        await client.DeleteKeyAsync(request);
                        return;
                    }
                    catch ({|KMS008:ClientRequestException|})
                    {
                        await Task.Delay(100);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Every_carrier_and_every_form_of_each_place_is_reported() => VerifyAsync(Usings + """
        class C
        {
            void PollyV7()
            {
                Policy.Handle<HttpRequestException>().Or<{|KMS008:SdkException|}>().Retry(3);
                Policy.Handle<{|KMS008:HuaweiCloud.SDK.Core.ClientRequestException|}>(e => true).RetryForever();
                Policy.HandleInner<{|KMS008:ServiceResponseException|}>().WaitAndRetryForeverAsync(i => TimeSpan.FromSeconds(i));
            }

            void PollyV8()
            {
                _ = new RetryStrategyOptions<string>
                {
                    ShouldHandle = args => args.Outcome switch
                    {
                        { Exception: {|KMS008:ClientRequestException|} } => PredicateResult.True(),
                        _ => PredicateResult.False(),
                    },
                };
                _ = new RetryStrategyOptions
                {
                    ShouldHandle = args => args.Outcome.Exception switch
                    {
                        {|KMS008:SdkException|} => PredicateResult.True(),
                        _ => PredicateResult.False(),
                    },
                };
                _ = new RetryStrategyOptions { ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is HttpRequestException || args.Outcome.Exception is {|KMS008:ServiceResponseException|}) };
                _ = new RetryStrategyOptions<string> { ShouldHandle = new PredicateBuilder<string>().Handle<{|KMS008:ClientRequestException|}>().HandleResult(r => r == null) };
            }

            static bool ShouldRetry(Exception e) => e is {|KMS008:ClientRequestException|} || e is TimeoutException;

            static bool IsRetryable(Exception e)
            {
                if (e is {|KMS008:SdkException|})
                {
                    return true;
                }

                return false;
            }

            static readonly Func<Exception, bool> RetryWhen = e => e is {|KMS008:ServiceResponseException|} error;
        }
        """);

    [Fact]
    public Task Exception_is_reported_only_around_a_visible_KMS_call() => VerifyAsync(Usings + """
        class C
        {
            async Task Wrapped(KmsAsyncClient client, DeleteKeyRequest request)
            {
                var policy = Policy.Handle<{|KMS008:Exception|}>().WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                await policy.ExecuteAsync(() => client.DeleteKeyAsync(request));
            }

            void Loop(KmsClient client, CreateRandomRequest request)
            {
                while (true)
                {
                    try
                    {
                        client.CreateRandom(request);
                        break;
                    }
                    catch ({|KMS008:Exception|})
                    {
                        Thread.Sleep(100);
                    }
                }
            }

            async Task NothingOfKms(HttpClient http)
            {
                var policy = Policy.Handle<Exception>().WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                await policy.ExecuteAsync(() => http.GetAsync("https://example.com"));
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        await http.GetAsync("https://example.com");
                        return;
                    }
                    catch (Exception)
                    {
                        await Task.Delay(100);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Decisions_that_test_the_code_or_status_stay_quiet() => VerifyAsync(Usings + """
        class C
        {
            void M(KmsClient client, CreateRandomRequest request)
            {
                Policy.Handle<ClientRequestException>(e => KmsErrorCatalog.IsTransient(e.ErrorCode)).Retry(3);
                Policy.Handle<ClientRequestException>(e => e.HttpStatusCode == 429).WaitAndRetry(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<ServiceResponseException>(e => e.HttpStatusCode >= 500).Retry(3);
                _ = new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>(e => e.HttpStatusCode == 429) };
                _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ClientRequestException e && e.HttpStatusCode == 429) };
                _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ClientRequestException { HttpStatusCode: 429 }) };
                _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not ClientRequestException) };
                _ = new RetryStrategyOptions
                {
                    ShouldHandle = args => args.Outcome.Exception switch
                    {
                        ClientRequestException e when KmsErrorCatalog.IsTransient(e.ErrorCode) => PredicateResult.True(),
                        ClientRequestException => PredicateResult.False(),
                        _ => PredicateResult.False(),
                    },
                };
                client.CreateRandomInvoker(request).WithRetry((response, exception) => exception is ClientRequestException e && e.HttpStatusCode == 429, 3, BackoffStrategies.EqualJitter);
                client.CreateRandomInvoker(request).WithRetry((response, exception) => exception is ServerResponseException, 3, BackoffStrategies.EqualJitter);
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        client.CreateRandom(request);
                        return;
                    }
                    catch (ClientRequestException e) when (e.HttpStatusCode == 429)
                    {
                    }
                    catch (ClientRequestException e)
                    {
                        if (!KmsErrorCatalog.IsTransient(e.ErrorCode))
                        {
                            throw;
                        }
                    }
                    catch (ServiceResponseException e)
                    {
                        switch (e.HttpStatusCode)
                        {
                            case 503:
                                continue;
                            default:
                                throw;
                        }
                    }
                }
            }

            static bool IsNotRetryable(Exception e) => e is ClientRequestException;

            static bool ShouldRetry(Exception e) => e is ClientRequestException c && c.ErrorCode == KmsErrorCodes.InternalError;
        }
        """);

    [Fact]
    public Task Server_and_network_errors_breakers_and_fallbacks_stay_quiet() => VerifyAsync(Usings + """
        using Polly.CircuitBreaker;
        using Polly.Fallback;

        class C
        {
            void M(KmsClient client, CreateRandomRequest request)
            {
                Policy.Handle<ServerResponseException>().WaitAndRetry(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<ConnectionException>().Or<RequestTimeoutException>().Or<HttpRequestException>().RetryAsync(3);
                Policy.Handle<ClientRequestException>().CircuitBreaker(2, TimeSpan.FromMinutes(1));
                Policy.Handle<ClientRequestException>().Fallback(() => { });
                _ = new CircuitBreakerStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>() };
                _ = new FallbackStrategyOptions<string> { ShouldHandle = new PredicateBuilder<string>().Handle<SdkException>(), FallbackAction = args => Outcome.FromResultAsValueTask("none") };
                _ = new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ServerResponseException>().Handle<ConnectionException>() };
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        client.CreateRandom(request);
                        return;
                    }
                    catch (ServerResponseException)
                    {
                    }
                    catch (RequestTimeoutException)
                    {
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Catches_that_leave_the_loop_walk_items_or_leave_the_decision_to_later_stay_quiet() => VerifyAsync(Usings + """
        using System.Collections.Generic;

        class C
        {
            void M(KmsClient client, CreateRandomRequest request, List<CreateRandomRequest> requests, Action<Exception> log)
            {
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        client.CreateRandom(request);
                    }
                    catch (ClientRequestException e)
                    {
                        log(e);
                        throw;
                    }
                }

                while (true)
                {
                    try
                    {
                        client.CreateRandom(request);
                    }
                    catch (ClientRequestException)
                    {
                        break;
                    }
                }

                foreach (var each in requests)
                {
                    try
                    {
                        client.CreateRandom(each);
                    }
                    catch (ClientRequestException)
                    {
                    }
                }

                try
                {
                    client.CreateRandom(request);
                }
                catch (ClientRequestException)
                {
                }

                // The SDK's own invoker loop: the catch keeps the exception, and a condition after the try decides.
                var attempts = 0;
                SdkException kept;
                while (true)
                {
                    try
                    {
                        client.CreateRandom(request);
                        kept = null;
                    }
                    catch (SdkException sdkException)
                    {
                        kept = sdkException;
                    }

                    if (++attempts > 3 || kept is not ClientRequestException { HttpStatusCode: 429 })
                    {
                        break;
                    }
                }
            }

            async Task Worker(KmsAsyncClient client, DeleteKeyRequest request, CancellationToken cancellationToken, Action<Exception> log)
            {
                // A worker's loop, as in a BackgroundService: the try never ends it, so a failure is not retried but logged.
                while (!cancellationToken.IsCancellationRequested)
                {
                    try
                    {
                        await client.DeleteKeyAsync(request);
                    }
                    catch (Exception e)
                    {
                        log(e);
                    }

                    await Task.Delay(1000, cancellationToken);
                }
            }

            void UntilDone(KmsClient client, CreateRandomRequest request)
            {
                var done = false;
                while (!done)
                {
                    try
                    {
                        client.CreateRandom(request);
                        done = true;
                    }
                    catch ({|KMS008:ClientRequestException|})
                    {
                        Thread.Sleep(100);
                    }
                }
            }

            void GivesUp(KmsClient client, CreateRandomRequest request)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        client.CreateRandom(request);
                        return;
                    }
                    catch ({|KMS008:ClientRequestException|})
                    {
                    }

                    if (attempt >= 3)
                    {
                        throw new TimeoutException();
                    }

                    Thread.Sleep(100);
                }
            }
        }
        """);

    [Fact]
    public Task Look_alikes_stay_quiet() => VerifyAsync(Usings + """
        using HuaweiCloud.SDK.Ecs.V2;

        namespace Team.Http
        {
            public class ClientRequestException : Exception { }

            class C
            {
                async Task M(HttpClient http, EcsClient ecs, Func<Task> work)
                {
                    Policy.Handle<ClientRequestException>().WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                    Policy.Handle<HttpRequestException>().WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                    var any = Policy.Handle<Exception>().RetryAsync(3);
                    await any.ExecuteAsync(work);
                    await any.ExecuteAsync(() => http.GetAsync("https://example.com"));
                    _ = new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>() };
                    _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is Exception) };

                    var ecsPolicy = Policy.Handle<HuaweiCloud.SDK.Core.ClientRequestException>().Retry(3);
                    ecsPolicy.Execute(() => ecs.ListServers());
                    for (var i = 0; i < 3; i++)
                    {
                        try
                        {
                            ecs.ListServers();
                            return;
                        }
                        catch (HuaweiCloud.SDK.Core.SdkException)
                        {
                        }
                    }
                }
            }
        }
        """ + EcsClient);

    [Fact]
    public Task Fix_narrows_each_place_and_keeps_429() => FixAsync(
        Usings + """
        class C
        {
            async Task M(KmsAsyncClient client, DeleteKeyRequest request)
            {
                Policy.Handle<{|KMS008:ClientRequestException|}>().WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<HttpRequestException>().Or<{|KMS008:SdkException|}>().Retry(3);
                _ = new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<{|KMS008:ServiceResponseException|}>() };
                _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is {|KMS008:ClientRequestException|}) };
                _ = new RetryStrategyOptions<string>
                {
                    ShouldHandle = args => args.Outcome switch
                    {
                        { Exception: {|KMS008:ClientRequestException|} } => PredicateResult.True(),
                        _ => PredicateResult.False(),
                    },
                };
                client.DeleteKeyAsyncInvoker(request).WithRetry((response, exception) => exception is {|KMS008:ServiceResponseException|}, 5, BackoffStrategies.EqualJitter);
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        await client.DeleteKeyAsync(request);
                        return;
                    }
                    catch ({|KMS008:ClientRequestException|})
                    {
                        await Task.Delay(100);
                    }
                }
            }
        }
        """,
        Usings + """
        class C
        {
            async Task M(KmsAsyncClient client, DeleteKeyRequest request)
            {
                Policy.Handle<ClientRequestException>(e => e.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(e.ErrorCode)).WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i));
                Policy.Handle<HttpRequestException>().Or<SdkException>(e => e is not ClientRequestException clientError || clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode)).Retry(3);
                _ = new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ServiceResponseException>(e => e is not ClientRequestException clientError || clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode)) };
                _ = new RetryStrategyOptions { ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ClientRequestException clientError && (clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode))) };
                _ = new RetryStrategyOptions<string>
                {
                    ShouldHandle = args => args.Outcome switch
                    {
                        { Exception: ClientRequestException clientError } when clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode) => PredicateResult.True(),
                        _ => PredicateResult.False(),
                    },
                };
                client.DeleteKeyAsyncInvoker(request).WithRetry((response, exception) => exception is ServiceResponseException && (exception is not ClientRequestException clientError || clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode)), 5, BackoffStrategies.EqualJitter);
                for (var i = 0; i < 3; i++)
                {
                    try
                    {
                        await client.DeleteKeyAsync(request);
                        return;
                    }
                    catch (ClientRequestException e) when (e.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(e.ErrorCode))
                    {
                        await Task.Delay(100);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Fix_adds_the_catalog_using_once_and_avoids_names_in_use() => FixAsync(
        """
        using System;
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;
        using Polly;

        class C
        {
            void M(KmsClient client, CreateRandomRequest request, int e)
            {
                Policy.Handle<{|KMS008:ClientRequestException|}>().Retry(3);
                while (e > 0)
                {
                    try
                    {
                        client.CreateRandom(request);
                        return;
                    }
                    catch ({|KMS008:Exception|}) when (e < 5)
                    {
                        e--;
                    }
                }
            }
        }
        """,
        """
        using System;
        using HuaweiCloud.SDK.Core;
        using HuaweiCloud.SDK.Kms.V2;
        using HuaweiCloud.SDK.Kms.V2.Model;
        using Kms.ErrorCodes;
        using Polly;

        class C
        {
            void M(KmsClient client, CreateRandomRequest request, int e)
            {
                Policy.Handle<ClientRequestException>(e2 => e2.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(e2.ErrorCode)).Retry(3);
                while (e > 0)
                {
                    try
                    {
                        client.CreateRandom(request);
                        return;
                    }
                    catch (Exception e2) when ((e < 5) && (e2 is not ClientRequestException clientError || clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode)))
                    {
                        e--;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Fix_before_CSharp_9_negates_with_parentheses() => new KmsTest<ClientErrorRetryAnalyzer, ClientErrorRetryCodeFixProvider>(LanguageVersion.CSharp7_3)
    {
        TestCode = Usings + """
            class C
            {
                void M()
                {
                    Policy.Handle<{|KMS008:SdkException|}>().Retry(3);
                }
            }
            """,
        FixedCode = Usings + """
            class C
            {
                void M()
                {
                    Policy.Handle<SdkException>(e => !(e is ClientRequestException clientError) || clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode)).Retry(3);
                }
            }
            """,
    }.WithSdk().WithPolly().RunAsync();

    [Fact]
    public async Task The_message_counts_the_catalogs_4xx_codes()
    {
        var all = 0;
        var neverSucceed = 0;
        foreach (var error in Kms.ErrorCodes.KmsErrorCatalog.All)
        {
            if (error.HttpStatusCode is >= 400 and < 500)
            {
                all++;
                neverSucceed += error.IsTransient ? 0 : 1;
            }
        }

        Assert.Equal((142, 151), (neverSucceed, all)); // the 2025-12-09 table
        var page = System.IO.File.ReadAllText(Kms.Analyzers.TestSupport.RepositoryPaths.Combine("docs", "rules", "KMS008.md"));
        Assert.Contains($"Of the {all} 4xx codes KMS documents, {neverSucceed} can never succeed on retry.", page, System.StringComparison.Ordinal);
        var test = new KmsTest<ClientErrorRetryAnalyzer, ClientErrorRetryCodeFixProvider>
        {
            TestCode = Usings + "class C { void M() { Policy.Handle<{|#0:ClientRequestException|}>().Retry(3); } }",
        }.WithSdk().WithPolly();
        test.ExpectedDiagnostics.Add(KmsVerifier<ClientErrorRetryAnalyzer, ClientErrorRetryCodeFixProvider>.Diagnostic("KMS008").WithLocation(0)
            .WithArguments("ClientRequestException", neverSucceed.ToString(CultureInfo.InvariantCulture), all.ToString(CultureInfo.InvariantCulture)));
        await test.RunAsync();
    }

    private static Task VerifyAsync(string source)
        => new KmsTest<ClientErrorRetryAnalyzer, ClientErrorRetryCodeFixProvider> { TestCode = source }.WithSdk().WithPolly().RunAsync();

    private static Task FixAsync(string source, string fixedSource)
        => new KmsTest<ClientErrorRetryAnalyzer, ClientErrorRetryCodeFixProvider>
        {
            TestCode = source,
            FixedCode = fixedSource,
        }.WithSdk().WithPolly().RunAsync();
}
