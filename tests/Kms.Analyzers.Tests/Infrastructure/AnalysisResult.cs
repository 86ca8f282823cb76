using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers.Tests.Infrastructure;

public sealed record AnalysisResult(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, List<string> Exceptions);
