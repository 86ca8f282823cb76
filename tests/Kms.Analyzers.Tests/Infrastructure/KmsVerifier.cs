using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kms.Analyzers.TestSupport;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>References every test compilation shares, resolved once.</summary>
public static class TestReferences
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    /// <summary>The real Kms.ErrorCodes.dll, so fixes are checked against the constants users get.</summary>
    public static readonly MetadataReference ErrorCodes = MetadataReference.CreateFromFile(typeof(KmsErrorCodes).Assembly.Location);

    /// <summary>.NET 8 plus Polly 8.x from NuGet (the v7 API in Polly, the v8 API in Polly.Core), restored for the test compilations.</summary>
    public static readonly ReferenceAssemblies Net80WithPolly = Net80.AddPackages(ImmutableArray.Create(new PackageIdentity("Polly", "8.9.1")));

    /// <summary>
    /// Every SDK stand-in (<see cref="SdkSources.All"/>) compiled once into an assembly, as users get the SDK: test
    /// cases reference it instead of compiling some 2,500 lines of stand-ins again in every case.
    /// </summary>
    public static MetadataReference Sdk => CompiledSdk.Value;

    private static readonly Lazy<MetadataReference> CompiledSdk = new(CompileSdk, LazyThreadSafetyMode.ExecutionAndPublication);

    private static MetadataReference CompileSdk()
    {
        var compilation = CSharpCompilation.Create(
            "HuaweiCloud.SDK.StandIns",
            SdkSources.All.Select(file => CSharpSyntaxTree.ParseText(file.Source, new CSharpParseOptions(LanguageVersion.CSharp7_3), file.Name)),
            Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The SDK stand-ins do not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}

/// <summary>A Microsoft.CodeAnalysis.Testing run of one analyzer and one fixer, at a chosen C# version.</summary>
public sealed class KmsTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public KmsTest(LanguageVersion languageVersion = LanguageVersion.Latest, bool referenceErrorCodes = true)
    {
        ReferenceAssemblies = TestReferences.Net80;
        if (referenceErrorCodes)
        {
            TestState.AdditionalReferences.Add(TestReferences.ErrorCodes);
        }

        SolutionTransforms.Add((solution, projectId) =>
        {
            var parseOptions = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
            return solution.WithProjectParseOptions(projectId, parseOptions.WithLanguageVersion(languageVersion));
        });
    }

    /// <summary>References the SDK stand-ins (<see cref="TestReferences.Sdk"/>), before and after the fix.</summary>
    public KmsTest<TAnalyzer, TCodeFix> WithSdk()
    {
        TestState.AdditionalReferences.Add(TestReferences.Sdk);
        return this;
    }

    /// <summary>References Polly 8.x (v7 and v8 APIs) and declares HttpRetryStrategyOptions as Microsoft.Extensions.Http.Resilience has it.</summary>
    public KmsTest<TAnalyzer, TCodeFix> WithPolly()
    {
        ReferenceAssemblies = TestReferences.Net80WithPolly;
        const string httpRetryOptions = "namespace Microsoft.Extensions.Http.Resilience { public class HttpRetryStrategyOptions : Polly.Retry.RetryStrategyOptions<System.Net.Http.HttpResponseMessage> { } }";
        TestState.Sources.Add(("HttpRetryStrategyOptions.cs", httpRetryOptions));
        if (FixedState.Sources.Count > 0)
        {
            FixedState.Sources.Add(("HttpRetryStrategyOptions.cs", httpRetryOptions));
        }

        return this;
    }

    /// <summary>Adds an .editorconfig at the root that applies to every test source.</summary>
    public KmsTest<TAnalyzer, TCodeFix> WithEditorConfig(string settings)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + settings + "\n"));
        return this;
    }
}

/// <summary>Short forms for the common cases; build a <see cref="KmsTest{TAnalyzer,TCodeFix}"/> for the rest.</summary>
public static class KmsVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>Diagnostics of <paramref name="source"/> (markup and <paramref name="expected"/>), with every SDK stand-in.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(source, LanguageVersion.Latest, expected);

    public static Task AnalyzerAsync(string source, LanguageVersion languageVersion, params DiagnosticResult[] expected)
    {
        var test = new KmsTest<TAnalyzer, TCodeFix>(languageVersion) { TestCode = source }.WithSdk();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Applies the fix with <paramref name="equivalenceKey"/> (or the first one) to each diagnostic, and Fix All.</summary>
    public static Task FixAsync(string source, string fixedSource, string? equivalenceKey = null, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var test = new KmsTest<TAnalyzer, TCodeFix>(languageVersion)
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        }.WithSdk();
        return test.RunAsync();
    }
}
