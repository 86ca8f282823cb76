using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.TestSupport;

/// <summary>Every analyzer and fixer the package exports, found as a host finds them: by their attributes.</summary>
public static class ExportedComponents
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ErrorCodeLiteralAnalyzer).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static readonly ImmutableArray<CodeFixProvider> Fixers = typeof(ErrorCodeLiteralCodeFixProvider).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();
}
