using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.Analyzers.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// Each case has no "kms" and no declared constant, so only its rule's own declaration in RuleGates admits
/// the file: removing the declaration makes the case fail.
/// </summary>
public sealed class GateDeclarationTests
{
    private static readonly Assembly Analyzers = typeof(RequestParameterAnalyzer).Assembly;

    /// <summary>The analyzers that read a file only where it says "kms" or names a code constant its compilation declares.</summary>
    private static readonly Dictionary<string, string> KmsAlone = new()
    {
        ["ErrorCodeLiteralAnalyzer"] = "it reports code strings, which say KMS",
        ["ErrorCodeLookupAnalyzer"] = "it reports a code looked up in a message: a code string or a declared constant",
        ["OptionValueAnalyzer"] = "it reads .editorconfig, not files",
    };

    /// <summary>A code constant of a referenced assembly: the gate cannot see it, only the words around it.</summary>
    private static readonly Lazy<MetadataReference> TeamCodes = new(() =>
    {
        var compilation = CSharpCompilation.Create(
            "Team.Codes",
            new[] { CSharpSyntaxTree.ParseText("namespace Team { public static class Codes { public const string Disabled = \"KMS.0209\"; public const string InvalidKeyId = \"KMS.0205\"; } }") },
            TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default).GetAwaiter().GetResult(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    [Fact]
    public void Every_exported_analyzer_declares_its_words_or_says_why_it_needs_none()
    {
        var declared = Declarations().Select(declaration => declaration.Rule + "Analyzer").ToHashSet();
        foreach (var analyzer in ExportedComponents.Analyzers.Select(analyzer => analyzer.GetType().Name))
        {
            Assert.True(declared.Contains(analyzer) ^ KmsAlone.ContainsKey(analyzer), analyzer + " must declare its words in RuleGates, or be listed here with why it needs none");
        }
    }

    [Fact]
    public void The_gate_is_the_union_of_the_declarations_and_each_one_adds_its_words()
    {
        var all = Declarations();
        foreach (var declaration in all)
        {
            var others = Compose(all.Where(other => other != declaration));
            foreach (var word in declaration.Words)
            {
                var tree = CSharpSyntaxTree.ParseText("class C { void M(dynamic x) { _ = x." + word + "; } }");
                Assert.NotEqual(0, Find(tree, Compose(all)));
                var sharedWithAnother = all.Any(other => other != declaration && other.Words.Contains(word));
                Assert.True(sharedWithAnother || Find(tree, others) == 0, declaration.Rule + " alone declares " + word);
            }
        }
    }

    [Fact]
    public Task KMS003_finds_a_WithRetry_condition_by_its_own_word() => RunAsync<NonTransientRetryAnalyzer, NonTransientRetryCodeFixProvider>("""
        using HuaweiCloud.SDK.Core;

        class Retries
        {
            void M<T>(SyncInvoker<T> invoker, IBackoffStrategy backoff) where T : SdkResponse
                => invoker.WithRetry((response, error) => error is ClientRequestException c && c.ErrorCode == {|KMS003:Team.Codes.Disabled|}, 3, backoff);
        }
        """);

    [Fact]
    public Task KMS004_finds_a_hand_built_body_by_its_own_words() => RunAsync<RequestParameterAnalyzer, RequestParameterCodeFixProvider>("""
        class Bodies
        {
            object Deletion(string keyId) => new { key_id = keyId, pending_days = {|KMS004:3|} };
        }
        """);

    [Fact]
    public Task KMS004_finds_an_SDK_body_property_by_its_own_words() => RunAsync<RequestParameterAnalyzer, RequestParameterCodeFixProvider>(
        """
        class Bodies
        {
            object Deletion() => new ScheduleKeyDeletionRequestBody { PendingDays = {|KMS004:"3"|} };
        }
        """,
        ("Usings.cs", "global using HuaweiCloud.SDK.Kms.V2.Model;"));

    [Fact]
    public Task KMS006_finds_an_ErrorCode_test_by_its_own_word() => RunAsync<ErrorCodeArrivalAnalyzer, ErrorCodeArrivalCodeFixProvider>("""
        using HuaweiCloud.SDK.Core;

        class Handler
        {
            bool M(ServerResponseException e) => e.ErrorCode == {|KMS006:Team.Codes.InvalidKeyId|};
        }
        """);

    [Fact]
    public Task KMS008_finds_a_whole_type_retry_by_its_own_words() => RunAsync<ClientErrorRetryAnalyzer, ClientErrorRetryCodeFixProvider>("""
        using HuaweiCloud.SDK.Core;

        class Retries
        {
            static bool ShouldRetry(SdkException error) => error is {|KMS008:ClientRequestException|};
        }
        """);

    /// <summary>Runs a case that never says "kms" (its other files may), with the SDK and a referenced assembly's codes.</summary>
    private static Task RunAsync<TAnalyzer, TCodeFix>(string source, params (string Name, string Source)[] others)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        Assert.DoesNotContain("kms", source.Replace("{|KMS00", "{|", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        var test = new KmsTest<TAnalyzer, TCodeFix>(referenceErrorCodes: false).WithSdk();
        test.TestState.Sources.Add(("Case.cs", source));
        foreach (var other in others)
        {
            test.TestState.Sources.Add(other);
        }

        test.TestState.AdditionalReferences.Add(TeamCodes.Value);
        return test.RunAsync();
    }

    private static List<Declaration> Declarations()
    {
        var all = (Array)Analyzers.GetType("Kms.Analyzers.RuleGates", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
        return all.Cast<object>().Select(declaration => new Declaration(
            declaration,
            (string)declaration.GetType().GetProperty("Rule")!.GetValue(declaration)!,
            ((System.Collections.IEnumerable)declaration.GetType().GetProperty("Words")!.GetValue(declaration)!).Cast<object>()
                .Select(pair => (string)pair.GetType().GetProperty("Key")!.GetValue(pair)!).ToList())).ToList();
    }

    private static object Compose(IEnumerable<Declaration> declarations)
    {
        var declarationType = Analyzers.GetType("Kms.Analyzers.GateDeclaration", throwOnError: true)!;
        var typed = Array.CreateInstance(declarationType, declarations.Count());
        var index = 0;
        foreach (var declaration in declarations)
        {
            typed.SetValue(declaration.Instance, index++);
        }

        return Analyzers.GetType("Kms.Analyzers.RuleWords", throwOnError: true)!.GetMethod("Compose")!.Invoke(null, new object[] { typed })!;
    }

    /// <summary>The kinds of words (other than the declaring ones) the gate's scan finds in <paramref name="tree"/> with <paramref name="table"/>.</summary>
    private static int Find(SyntaxTree tree, object table)
    {
        var kinds = Analyzers.GetType("Kms.Analyzers.WordKinds", throwOnError: true)!;
        var read = Enum.ToObject(kinds, 1 | 2 | 4); // Kms, Sdk, GenericSdk
        var find = Analyzers.GetType("Kms.Analyzers.SourceScan", throwOnError: true)!.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(method => method.Name == "Find" && method.GetParameters()[0].ParameterType == typeof(SyntaxTree));
        return Convert.ToInt32(find.Invoke(null, new[] { tree, table, read, default(System.Threading.CancellationToken) }), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Declaration(object Instance, string Rule, List<string> Words);
}
