using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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

/// <summary>One empty operation action: what building the IOperation trees of every method body costs by itself.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationTreeProbe : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("PROBE001", "Operation trees", "Operation trees", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
    }
}
