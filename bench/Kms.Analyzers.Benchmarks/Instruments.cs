using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kms.Analyzers.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.Benchmarks;

/// <summary>
/// Runs the KMS literal action (ErrorCodeLiteralAnalyzer's, the one KMS action registered on string literals) and
/// counts the bytes it allocates, per thread and exactly, on literals whose text is not KMS-shaped.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class LiteralAllocationProbe : DiagnosticAnalyzer
{
    private readonly Action<SyntaxNodeAnalysisContext> literalAction;
    private readonly ImmutableArray<SyntaxKind> kinds;
    private long literals;
    private long bytes;

    public LiteralAllocationProbe(DiagnosticAnalyzer literalAnalyzer)
    {
        var capture = new RegisteredActions();
        literalAnalyzer.Initialize(capture);
        literalAction = capture.Action ?? throw new InvalidOperationException(literalAnalyzer.GetType().Name + " registers no syntax node action");
        kinds = capture.Kinds;
        SupportedDiagnostics = literalAnalyzer.SupportedDiagnostics;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public long Literals => Interlocked.Read(ref literals);

    public long Bytes => Interlocked.Read(ref bytes);

    public void Reset()
    {
        Interlocked.Exchange(ref literals, 0);
        Interlocked.Exchange(ref bytes, 0);
    }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Probe, kinds);
    }

    private void Probe(SyntaxNodeAnalysisContext context)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        literalAction(context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (context.Node.ToString().IndexOf("kms", StringComparison.OrdinalIgnoreCase) < 0)
        {
            Interlocked.Increment(ref literals);
            Interlocked.Add(ref bytes, allocated);
        }
    }
}

/// <summary>
/// One empty action and nothing else: the instruments that take the KMS analyzers' cost apart (the floor itself is
/// FloorAnalyzer, its own assembly). The operation-tree probe makes the driver build the IOperation tree of every
/// method body, which is what an operation action costs by itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyActionAnalyzer : DiagnosticAnalyzer
{
    private readonly Action<AnalysisContext> register;

    private EmptyActionAnalyzer(string id, Action<AnalysisContext> register)
    {
        this.register = register;
        SupportedDiagnostics = ImmutableArray.Create(new DiagnosticDescriptor(id, id, id, "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true));
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public static EmptyActionAnalyzer OperationTrees()
        => new("PROBE001", static context => context.RegisterOperationAction(static _ => { }, OperationKind.Invocation));

    /// <summary>The same visits as <paramref name="analyzer"/> registers for <paramref name="compilation"/>, each doing nothing.</summary>
    public static EmptyActionAnalyzer Mirror(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var registered = new RegisteredActions(compilation);
        analyzer.Initialize(registered);
        return new("MIRROR001", context =>
        {
            foreach (var (_, kinds) in registered.SyntaxActions)
            {
                context.RegisterSyntaxNodeAction(static _ => { }, kinds);
            }

            foreach (var (_, kinds) in registered.OperationActions)
            {
                context.RegisterOperationAction(static _ => { }, kinds);
            }
        });
    }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        register(context);
    }
}
