using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Xunit;
using Verify = Kms.Analyzers.Tests.Infrastructure.KmsVerifier<Kms.Analyzers.RequestParameterAnalyzer, Kms.Analyzers.RequestParameterCodeFixProvider>;

namespace Kms.Analyzers.Tests;

/// <summary>
/// KMS004 on hand-built objects: checked only on evidence that they are KMS request bodies (sent to a KMS address, or
/// named as one operation's body with a distinctive name and passed nowhere else), against their operation's rows.
/// </summary>
public sealed class HandBuiltBodyTests
{
    /// <summary>Stand-ins of the APIs the quiet cases use, with their real names and shapes; no word of KMS in them.</summary>
    private const string Frameworks = """
        using System.Collections.Generic;
        using System.Data;
        using System.Threading.Tasks;

        namespace Microsoft.AspNetCore.Mvc
        {
            public interface IActionResult { }
            public interface IUrlHelper { string Action(string action, string controller, object values); }
            public abstract class Controller
            {
                public IUrlHelper Url { get; set; }
                public IActionResult RedirectToAction(string actionName, object routeValues) => null;
                public IActionResult Json(object data) => null;
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public sealed class WebApplication { public void MapGet(string pattern, System.Delegate handler) { } }
        }

        namespace Dapper
        {
            public sealed class DynamicParameters { public void Add(string name, object value) { } }
            public static class SqlMapper
            {
                public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection connection, string sql, object param = null) => null;
                public static Task<int> ExecuteAsync(this IDbConnection connection, string sql, object param = null) => null;
            }
        }

        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { System.IDisposable BeginScope<TState>(TState state); }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string message, params object[] args) { }
                public static void LogDebug(this ILogger logger, string message, params object[] args) { }
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class OptionsServiceCollectionExtensions
            {
                public static IServiceCollection Configure<TOptions>(this IServiceCollection services, System.Action<TOptions> configure) => services;
            }
        }

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { }
            public static class ConfigurationBinder { public static void Bind(this IConfiguration configuration, object instance) { } }
            public interface IConfigurationBuilder { }
            public sealed class ConfigurationBuilder : IConfigurationBuilder { }
            public static class MemoryConfigurationBuilderExtensions
            {
                public static IConfigurationBuilder AddInMemoryCollection(this IConfigurationBuilder builder, IEnumerable<KeyValuePair<string, string>> data) => builder;
            }
        }

        namespace Newtonsoft.Json
        {
            public static class JsonConvert { public static string SerializeObject(object value) => ""; }
        }

        namespace Xunit
        {
            public static class Assert { public static void Equivalent(object expected, object actual) { } }
        }
        """;

    /// <summary>The first line of a file that mentions KMS (and so is read by every rule); the other files never do.</summary>
    private const string MentionsKms = "using HuaweiCloud.SDK.Kms.V2; // the service also calls Huawei Cloud KMS\n";

    public static IEnumerable<object[]> QuietCases()
    {
        var cases = new Dictionary<string, string>
        {
            ["route values"] = """
                using Microsoft.AspNetCore.Mvc;

                public sealed class KeysController : Controller
                {
                    public IActionResult Next() => RedirectToAction("Index", new { limit = 50, marker = -1 });
                    public IActionResult Schedule() => RedirectToAction("Schedule", new { key_alias = "orders/default", pending_days = 3 });
                    public string Page() => Url.Action("List", "Keys", new { limit = 5000, key_state = "9" });
                    public IActionResult Show() => Json(new { key_alias = "orders/default", origin = "imported" });

                    public static void Map(Microsoft.AspNetCore.Builder.WebApplication app)
                    {
                        app.MapGet("/keys", () => new { limit = 5000, key_state = "9" });
                        app.MapGet("/keys/default", () => { return new { key_alias = "orders/default", key_spec = "AES_512" }; });
                    }
                }
                """,
            ["Dapper parameters"] = """
                using System.Data;
                using System.Threading.Tasks;
                using Dapper;

                public sealed class KeyRepository
                {
                    private readonly IDbConnection db;
                    public KeyRepository(IDbConnection db) => this.db = db;

                    public async Task Run(string sql)
                    {
                        await db.QueryAsync<int>("SELECT id FROM keys WHERE id > @marker LIMIT @limit", new { marker = -1, limit = 100 });
                        await db.ExecuteAsync("UPDATE keys SET pending_days = @pending_days", new { pending_days = 3 });
                        await db.ExecuteAsync(sql, new { key_id = "order 17", sequence = 1 });
                        var args = new { random_data_length = 3 };
                        await db.ExecuteAsync(sql, args);
                        var parameters = new DynamicParameters();
                        parameters.Add("pending_days", 3);
                        await db.QueryAsync<int>(sql, parameters);
                    }
                }
                """,
            ["structured logging"] = """
                using System.Collections.Generic;
                using Microsoft.Extensions.Logging;

                public sealed class Audit
                {
                    public void Write(ILogger logger)
                    {
                        logger.LogInformation("Scheduling {@Request}", new { key_alias = "orders/default", pending_days = 3 });
                        var state = new { random_data_length = 3 };
                        logger.LogDebug("Random {@State}", state);
                        using (logger.BeginScope(new Dictionary<string, object> { ["pending_days"] = 1 })) { }
                    }
                }
                """,
            ["configuration"] = """
                using System.Collections.Generic;
                using System.Text.Json.Serialization;
                using Microsoft.Extensions.Configuration;
                using Microsoft.Extensions.DependencyInjection;

                public sealed class DeletionPolicy
                {
                    [JsonPropertyName("pending_days")]
                    public int PendingDays { get; set; }
                }

                public static class Settings
                {
                    public static IConfigurationBuilder Defaults() => new ConfigurationBuilder().AddInMemoryCollection(
                        new Dictionary<string, string> { ["pending_days"] = "3", ["key_state"] = "0" });

                    public static void Register(IServiceCollection services, IConfiguration configuration, DeletionPolicy current)
                    {
                        services.Configure<DeletionPolicy>(policy => policy.PendingDays = 3);
                        current.PendingDays = 2;
                        var defaults = new DeletionPolicy { PendingDays = 3 };
                        configuration.Bind(defaults);
                    }
                }
                """,
            ["test data"] = """
                using Xunit;

                public sealed class ScheduleTests
                {
                    private static readonly object[] Cases = { new { plain_text = "", random_data_length = 3, pending_days = 1 } };

                    public void Maps(object actual)
                    {
                        Assert.Equivalent(new { pending_days = 1 }, actual);
                        var expected = new { plain_text = "", datakey_length = 3 };
                    }
                }
                """,
            ["another service over HTTP"] = """
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Threading.Tasks;

                public sealed class VaultClient
                {
                    private readonly HttpClient http = new HttpClient();

                    public async Task Rotate(string vaultAddress, string name)
                    {
                        await http.PostAsJsonAsync("https://vault.example.com/v1/transit/keys/orders/config", new { pending_days = 3 });
                        await http.PostAsJsonAsync($"{vaultAddress}/v1/transit/keys/{name}/rotate", new { key_alias = "orders/default" });
                        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/keys") { Content = JsonContent.Create(new { datakey_length = 12 }) };
                        await http.SendAsync(request);
                    }
                }
                """,
            ["other APIs' key ids"] = """
                using System.Net.Http;
                using System.Text;
                using Newtonsoft.Json;

                public sealed class Screenshots
                {
                    private readonly HttpClient client = new HttpClient();

                    public void Mark(string projectId, string screenshotId, string keyId)
                    {
                        var url = string.Format("projects/{0}/screenshots/{1}/markers", projectId, screenshotId);
                        var content = new StringContent(JsonConvert.SerializeObject(new { key_id = keyId, sequence = "1" }), Encoding.UTF8, "application/json");
                        _ = client.PostAsync(url, content).Result;
                        var integration = new { razorpay = new { key_id = "rzp_test_owner", key_secret = "s" } };
                    }
                }
                """,
        };

        foreach (var (name, source) in cases)
        {
            yield return new object[] { name, false, source };
            yield return new object[] { name, true, MentionsKms + source };
        }
    }

    [Theory]
    [MemberData(nameof(QuietCases))]
    public Task Objects_that_never_reach_KMS_are_not_reported(string name, bool mentionsKms, string source)
    {
        _ = (name, mentionsKms);
        var test = new KmsTest<RequestParameterAnalyzer, RequestParameterCodeFixProvider>().WithSdk();
        test.TestState.Sources.Add(("Code.cs", source));
        test.TestState.Sources.Add(("Frameworks.cs", Frameworks));
        return test.RunAsync();
    }

    [Fact]
    public Task Every_REST_body_sent_to_KMS_is_found() => Verify.AnalyzerAsync("""
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;

        namespace Newtonsoft.Json
        {
            public static class JsonConvert { public static string SerializeObject(object value) => ""; }
        }

        public sealed class ListKeysBody
        {
            [JsonPropertyName("limit")]
            public int Limit { get; set; }

            [JsonPropertyName("key_state")]
            public string KeyState { get; set; }
        }

        public sealed class KeyService
        {
            private const string Endpoint = "https://kms.cn-north-4.myhuaweicloud.com";
            private const string ListKeysPath = "/v1.0/{project_id}/kms/list-keys";
            private readonly HttpClient http = new HttpClient();
            private readonly string projectId = "p";

            public async Task Send(string keyId)
            {
                var created = new { key_alias = "orders", origin = {|KMS004:"imported"|} };
                await http.PostAsJsonAsync($"{Endpoint}/v1.0/{projectId}/kms/create-key", created);

                var listUrl = $"https://kms.cn-north-4.myhuaweicloud.com/v1.0/{projectId}/kms/list-keys";
                await http.PostAsync(listUrl, JsonContent.Create(new { limit = {|KMS004:5000|} }));

                var json = JsonSerializer.Serialize(new { limit = {|KMS004:0|}, marker = "10" });
                var listGrants = new HttpRequestMessage(HttpMethod.Post, $"{Endpoint}/v1.0/{projectId}/kms/list-grants") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                await http.SendAsync(listGrants);

                var deletion = new HttpRequestMessage(HttpMethod.Post, Endpoint + "/v1.0/" + projectId + "/kms/schedule-key-deletion");
                deletion.Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new { key_id = keyId, pending_days = {|KMS004:3|} }));
                await http.SendAsync(deletion);

                await CallKms($"/v1.0/{projectId}/kms/create-datakey", new { key_id = keyId, datakey_length = {|KMS004:100|} });
                await CallKms("update-key-rotation-interval", new { key_id = keyId, rotation_interval = {|KMS004:400|} });

                await http.PostAsJsonAsync(Endpoint + ListKeysPath, new ListKeysBody { Limit = {|KMS004:5000|}, KeyState = "2" });

                var encrypt = new Dictionary<string, object> { ["key_id"] = keyId, ["encryption_algorithm"] = {|KMS004:"AES"|} };
                await http.PostAsJsonAsync(Endpoint + "/v1.0/" + projectId + "/kms/encrypt-data", encrypt);
            }

            private Task<string> CallKms(string path, object body) => Task.FromResult(path);
        }
        """);

    [Fact]
    public Task The_message_names_the_operation_whose_row_rejects_the_value() => Verify.AnalyzerAsync(
        """
        class C
        {
            void M()
            {
                _ = new { limit = {|#0:5000|}, key_state = "2" };
                _ = new { key_alias = "k7", origin = {|#1:"imported"|} };
            }
        }
        """,
        Verify.Diagnostic("KMS004").WithLocation(0).WithMessage("ListKeys: limit = 5000 is rejected by KMS with KMS.1601: Invalid limit. Accepted: an integer from 1 to 2000"),
        Verify.Diagnostic("KMS004").WithLocation(1).WithMessage("CreateKey: origin = \"imported\" is rejected by KMS with KMS.0308: Invalid parameter. Accepted: one of kms, external"));

    [Fact]
    public Task A_body_is_checked_against_its_operations_rows_on_both_sides_of_each_bound() => Verify.AnalyzerAsync("""
        class C
        {
            void M()
            {
                Post("/v1.0/{project_id}/kms/list-keys", new { limit = 2000 });
                Post("/v1.0/{project_id}/kms/list-keys", new { limit = {|KMS004:2001|} });
                Post("/v1.0/{project_id}/kms/list-keys", new { limit = 1 });
                Post("/v1.0/{project_id}/kms/list-keys", new { limit = {|KMS004:0|} });
                Post("/v1.0/{project_id}/kms/list-grants", new { limit = 5000 });
                Post("/v1.0/{project_id}/kms/{resource_instances}/action", new { limit = 1000, action = "filter" });
                Post("/v1.0/{project_id}/kms/{resource_instances}/action", new { limit = {|KMS004:1001|}, action = "filter" });
                Post("/v1.0/{project_id}/kms/create-key", new { origin = "kms" });
                Post("/v1.0/{project_id}/kms/create-key", new { origin = "external" });
                Post("/v1.0/{project_id}/kms/create-key", new { origin = {|KMS004:"KMS"|} });
            }

            static void Post(string address, object body) { }
        }
        """);

    [Fact]
    public Task An_address_that_names_no_operation_leaves_the_body_to_the_rows_of_every_operation_it_may_be() => Verify.AnalyzerAsync("""
        class C
        {
            void M(string operation, string projectId)
            {
                Post($"https://kms.cn-north-4.myhuaweicloud.com/v1.0/{projectId}/kms/{operation}", new { limit = 5000 });
                Post($"https://kms.cn-north-4.myhuaweicloud.com/v1.0/{projectId}/kms/{operation}", new { limit = {|#0:0|} });
                Post($"https://kms.cn-north-4.myhuaweicloud.com/v1.0/{projectId}/kms/{operation}", new { limit = {|KMS004:5000|}, key_state = "2", marker = {|KMS004:-1|} });
            }

            static void Post(string address, object body) { }
        }
        """,
        Verify.Diagnostic("KMS004").WithLocation(0).WithMessage("limit = 0 is rejected by KMS with KMS.1601: Invalid limit. Accepted: an integer from 1 to 2000"));

    [Fact]
    public Task A_body_found_by_its_names_is_found_only_with_a_distinctive_name_and_nowhere_else_to_go() => Verify.AnalyzerAsync("""
        class C
        {
            void M(System.Action<object> log)
            {
                _ = new { key_id = "orders", pending_days = {|KMS004:3|} };
                _ = new { key_id = "order 17", sequence = "1" };
                _ = new { limit = 5000, marker = -1 };
                _ = new { pending_days = 3, random_data_length = 3 };
                var logged = new { pending_days = 3 };
                log(logged);
                var loggedAndSent = new { pending_days = {|KMS004:3|} };
                log(loggedAndSent);
                Post("/v1.0/{project_id}/kms/schedule-key-deletion", loggedAndSent);
                _ = new { key_alias = "orders/default" }; // CreateKey, UpdateKeyAlias or ReplicateKey, which documents no limit
                _ = new { key_alias = {|KMS004:"orders/default"|}, key_spec = "AES_256" }; // CreateKey
                Post("rotate", new { rotation_interval = 400 });
                Post("/v1.0/{project_id}/kms/update-key-rotation-interval", new { rotation_interval = {|KMS004:400|} });
            }

            static object Deletion() => new { key_id = "orders", pending_days = {|KMS004:3|} };

            static void Post(string address, object body) { }
        }
        """);

    [Fact]
    public Task Fix_rewrites_a_value_in_a_body_sent_to_KMS() => Verify.FixAsync(
        """
        using System.Net.Http;
        using System.Net.Http.Json;

        class C
        {
            void M(HttpClient http)
            {
                _ = http.PostAsJsonAsync("/v1.0/{project_id}/kms/list-keys", new { limit = {|KMS004:5000|} });
                _ = http.PostAsJsonAsync("/v1.0/{project_id}/kms/create-key", new { key_alias = "orders", origin = {|KMS004:"KMS"|} });
            }
        }
        """,
        """
        using System.Net.Http;
        using System.Net.Http.Json;

        class C
        {
            void M(HttpClient http)
            {
                _ = http.PostAsJsonAsync("/v1.0/{project_id}/kms/list-keys", new { limit = 2000 });
                _ = http.PostAsJsonAsync("/v1.0/{project_id}/kms/create-key", new { key_alias = "orders", origin = "kms" });
            }
        }
        """);

    [Fact]
    public void Every_operation_of_the_SDK_that_takes_a_body_is_listed_with_its_names()
    {
        var surface = SdkSurface.Real;
        foreach (var operation in RequestOperationRows.Operations)
        {
            var request = surface["class HuaweiCloud.SDK.Kms.V2.Model." + operation.Name + "Request"];
            Assert.Contains(request, member => member.Trim() == operation.Body + " Body { get; set; }");
            var properties = surface["class HuaweiCloud.SDK.Kms.V2.Model." + operation.Body]
                .Where(member => member.EndsWith(" { get; set; }", System.StringComparison.Ordinal))
                .Select(member => SnakeCase(member.Trim().Split(' ')[1]))
                .OrderBy(name => name, System.StringComparer.Ordinal);
            Assert.Equal(properties, operation.BodyNames.OrderBy(name => name, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_body_name_has_a_verdict_and_a_reason()
    {
        var bodyNames = RequestOperationRows.Operations.SelectMany(operation => operation.BodyNames).ToHashSet();
        Assert.Equal(bodyNames.OrderBy(name => name), RequestOperationRows.Names.Select(row => row.Name).OrderBy(name => name));
        Assert.All(RequestOperationRows.Names, row => Assert.False(string.IsNullOrWhiteSpace(row.Why), row.Name));
        Assert.All(new[] { "limit", "marker", "name", "description", "sequence", "origin", "type", "key_id" }, name => Assert.False(RequestOperationRows.IsDistinctive(name), name));
        Assert.All(new[] { "pending_days", "random_data_length", "datakey_length", "key_alias" }, name => Assert.True(RequestOperationRows.IsDistinctive(name), name));
    }

    private static string SnakeCase(string pascal)
        => string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
