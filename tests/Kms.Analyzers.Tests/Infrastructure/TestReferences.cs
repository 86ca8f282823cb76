using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Kms.Analyzers.TestSupport;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>References every test compilation shares, resolved once.</summary>
public static class TestReferences
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    /// <summary>The real Kms.ErrorCodes.dll, so fixes are checked against the constants users get.</summary>
    public static readonly MetadataReference ErrorCodes = MetadataReference.CreateFromFile(typeof(KmsErrorCodes).Assembly.Location);

    /// <summary>.NET 8 plus Polly 8.x from NuGet (the v7 API in Polly, the v8 API in Polly.Core), restored for the test compilations.</summary>
    public static readonly ReferenceAssemblies Net80WithPolly = Net80.AddPackages(ImmutableArray.Create(new PackageIdentity("Polly", "8.9.1")));

    /// <summary>
    /// Every SDK stand-in (<see cref="SdkSources.All"/>) compiled once into an assembly, as users get the SDK: test
    /// cases reference it instead of compiling some 2,500 lines of stand-ins again in every case.
    /// </summary>
    public static MetadataReference Sdk => CompiledSdk.Value;

    private static readonly Lazy<MetadataReference> CompiledSdk = new(CompileSdk, LazyThreadSafetyMode.ExecutionAndPublication);

    private static MetadataReference CompileSdk()
    {
        var compilation = CSharpCompilation.Create(
            "HuaweiCloud.SDK.StandIns",
            SdkSources.All.Select(file => CSharpSyntaxTree.ParseText(file.Source, new CSharpParseOptions(LanguageVersion.CSharp7_3), file.Name)),
            Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The SDK stand-ins do not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
