using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Kms.Analyzers.Tests.Infrastructure;

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
