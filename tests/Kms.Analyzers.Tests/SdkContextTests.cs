using System.Linq;
using System.Reflection;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>The SDK's types are resolved once per compilation, for every rule that reads them.</summary>
public sealed class SdkContextTests
{
    private static readonly System.Type Context = typeof(RequestParameterAnalyzer).Assembly.GetType("Kms.Analyzers.SdkContext", throwOnError: true)!;

    [Fact]
    public void A_compilation_has_one_context_and_another_its_own()
    {
        var first = Compile(withSdk: true);
        var second = Compile(withSdk: true);
        Assert.Same(For(first), For(first));
        Assert.NotSame(For(first), For(second));
    }

    [Fact]
    public void The_exception_types_are_there_only_with_the_SDK()
    {
        Assert.NotNull(Context.GetProperty("Exceptions")!.GetValue(For(Compile(withSdk: true))));
        Assert.Null(Context.GetProperty("Exceptions")!.GetValue(For(Compile(withSdk: false))));
        Assert.True((bool)Context.GetProperty("HasInvokers")!.GetValue(For(Compile(withSdk: true)))!);
        Assert.False((bool)Context.GetProperty("HasInvokers")!.GetValue(For(Compile(withSdk: false)))!);
    }

    private static object For(Compilation compilation) => Context.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { compilation })!;

    private static Compilation Compile(bool withSdk)
    {
        var references = TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, default).GetAwaiter().GetResult().ToList();
        if (withSdk)
        {
            references.Add(TestReferences.Sdk);
        }

        return CSharpCompilation.Create("C", new[] { CSharpSyntaxTree.ParseText("class C { }") }, references);
    }
}
