using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Kms.Analyzers.TestSupport;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// The KMS callbacks run on every literal, comparison, call and assignment of every build: on code that does not use
/// KMS they must allocate nothing. Allocation is counted exactly, per thread, so these are behaviour tests, not timings.
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

    [Fact]
    public async Task No_KMS_callback_allocates_on_the_benchmark_files_that_do_not_use_KMS()
    {
        var corpus = CorpusGenerator.Generate(40);
        var trees = corpus.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path)).ToList();
        var compilation = CSharpCompilation.Create("Corpus", trees, await AnalyzerHarness.ReferencesAsync(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var plain = trees.Where((_, i) => !CorpusGenerator.UsesKms(corpus[i].Text) && !CorpusGenerator.IsSdkStandIn(corpus[i].Path)).ToList();
        Assert.InRange(plain.Count, 30, 39);
        var onCode = AnalyzerHarness.Analyzers.Where(a => RegistersActionsOnCode(a, compilation)).ToList();
        Assert.Equal(new[] { nameof(OptionValueAnalyzer) }, AnalyzerHarness.Analyzers.Except(onCode).Select(a => a.GetType().Name)); // it reads options once per compilation
        foreach (var analyzer in onCode)
        {
            var analyzers = ImmutableArray.Create(analyzer);
            CallbackReplay.Run(analyzers, compilation, plain, doNothing: false); // first use: JIT and the compilation's symbol caches
            var replay = CallbackReplay.Run(analyzers, compilation, plain, doNothing: false);

            var name = analyzer.GetType().Name;
            Assert.True(replay.Calls > 1000, name + " was called " + replay.Calls + " times");
            Assert.Equal((name, 0), (name, replay.Reported));
            Assert.Equal((name, 0L), (name, replay.Bytes));
        }
    }

    private static bool RegistersActionsOnCode(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var actions = new RegisteredActions(compilation);
        analyzer.Initialize(actions);
        return actions.SyntaxActions.Count + actions.OperationActions.Count > 0;
    }
}
