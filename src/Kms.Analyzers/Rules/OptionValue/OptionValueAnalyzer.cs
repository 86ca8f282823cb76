using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// KMS007: a <c>kms_analyzers.*</c> option the rules cannot use as written (unknown name, empty value, an item
/// that is not what the option lists), which would otherwise do nothing silently.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OptionValueAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.OptionValue,
        title: "Kms.Analyzers option not understood",
        messageFormat: "{0} = {1}: {2}",
        RuleCategories.Usage,
        description: "A kms_analyzers.* option in .editorconfig that names no option, is empty, or lists an item the option cannot use (not a KMS error code, not a word of a name, not a parameter KMS004 checks) does nothing; the rule says so instead of ignoring it.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(AnalyzeOptions);
    }

    /// <summary>
    /// Each distinct option line in force for any file of the compilation, checked once. Every key of every file's
    /// options is enumerated, once per build, so this and <see cref="Check"/> are compiled optimized at once.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static void AnalyzeOptions(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var seen = new HashSet<(string Key, string Value)>();
        Check(context, provider.GlobalOptions, seen);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            Check(context, provider.GetOptions(tree), seen);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static void Check(CompilationAnalysisContext context, AnalyzerConfigOptions options, HashSet<(string Key, string Value)> seen)
    {
        foreach (var key in options.Keys)
        {
            if (!key.StartsWith(KmsOptions.Prefix, StringComparison.OrdinalIgnoreCase)
                || !options.TryGetValue(key, out var value)
                || !seen.Add((key, value)))
            {
                continue;
            }

            foreach (var problem in OptionProblems.Problems(key, value))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, key, value, problem));
            }
        }
    }
}
