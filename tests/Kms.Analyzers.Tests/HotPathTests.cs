using System;
using System.Collections.Immutable;
using System.Linq;
using Kms.Analyzers.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// The literal action runs on every string literal of every build: on a literal that is not KMS-shaped it must
/// allocate nothing. Allocation is counted exactly, per thread, so this is a behaviour test, not a timing.
/// </summary>
public sealed class HotPathTests
{
    [Theory]
    [InlineData("\"draft\"")]
    [InlineData("\"\"")]
    [InlineData("@\"C:\\temp\"")]
    [InlineData("\"\"\"raw text\"\"\"")]
    [InlineData("$\"no holes\"")]
    [InlineData("$\"{1} hole\"")]
    [InlineData("\"KMX.0205\"")]
    [InlineData("\"KMS.02050\"")]
    [InlineData("\"XYZ-1234\"")]
    public void The_literal_action_allocates_nothing_on_a_literal_that_is_not_KMS_shaped(string literal)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { object Value() => " + literal + "; }", new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("HotPath", new[] { tree });
        var actions = new RegisteredActions();
        new ErrorCodeLiteralAnalyzer().Initialize(actions);
        var node = tree.GetRoot().DescendantNodes().First(n => actions.Kinds.Contains(n.Kind()));
        var reported = 0;
#pragma warning disable CS0618 // the public constructor is what a test may use to run one action on one node
        var context = new SyntaxNodeAnalysisContext(node, compilation.GetSemanticModel(tree), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), _ => reported++, _ => true, default);
#pragma warning restore CS0618

        actions.Action!(context); // first call: JIT and first-use work are not the action's own allocations
        var before = GC.GetAllocatedBytesForCurrentThread();
        actions.Action(context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, reported);
        Assert.Equal(0, allocated);
    }
}
