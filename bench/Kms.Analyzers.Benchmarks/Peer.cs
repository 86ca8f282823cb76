using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.Benchmarks;

internal sealed record Peer(string Package, ImmutableArray<DiagnosticAnalyzer> Analyzers);
