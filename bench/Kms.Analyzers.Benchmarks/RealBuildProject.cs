namespace Kms.Analyzers.Benchmarks;

/// <summary>What a build compiles: the whole corpus with the package or without it, or its plain files alone with it.</summary>
internal enum RealBuildProject
{
    WithKms,
    WithoutKms,
    PlainFilesWithKms,
}
