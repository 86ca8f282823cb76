using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kms.Analyzers.Tests.Infrastructure;

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
