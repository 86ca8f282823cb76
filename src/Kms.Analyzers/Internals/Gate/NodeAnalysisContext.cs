using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>One node of an admitted file, with what a rule needs to analyze it and to report.</summary>
internal readonly struct NodeAnalysisContext
{
    private readonly SemanticModelAnalysisContext context;

    public NodeAnalysisContext(SemanticModelAnalysisContext context, SyntaxNode node)
    {
        this.context = context;
        Node = node;
    }

    public SyntaxNode Node { get; }

    public SemanticModel SemanticModel => context.SemanticModel;

    public AnalyzerOptions Options => context.Options;

    public CancellationToken CancellationToken => context.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}
