using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.Analyzers.TestSupport;
using Kms.ErrorCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>The generator stops the build where KMS004's operations, names and limits disagree.</summary>
public sealed class RequestOperationsDataTests
{
    private static readonly string Limits = Data("KmsRequestLimits.tsv");
    private static readonly string Operations = Data("KmsRequestOperations.tsv");
    private static readonly string Names = Data("KmsRequestNames.tsv");

    [Fact]
    public void The_data_files_agree() => Assert.Empty(Errors(Limits, Operations, Names));

    [Fact]
    public void A_body_name_without_a_verdict_stops_the_build()
        => Assert.Contains(Errors(Limits, Operations, Names.Replace("pending_days\tyes", "pending_dayz\tyes", System.StringComparison.Ordinal)), error =>
            error.Contains("pending_days is not in KmsRequestNames.tsv", System.StringComparison.Ordinal)
            || error.Contains("pending_dayz is no operation's body name", System.StringComparison.Ordinal));

    [Fact]
    public void A_verdict_other_than_yes_or_no_stops_the_build()
        => Assert.Contains(Errors(Limits, Operations, Names.Replace("pending_days\tyes", "pending_days\tmaybe", System.StringComparison.Ordinal)), error =>
            error.Contains("expected Name (once), Distinctive (yes/no), Why", System.StringComparison.Ordinal));

    [Fact]
    public void A_limit_on_a_body_that_lacks_its_name_stops_the_build()
    {
        var operations = Operations.Replace("ScheduleKeyDeletionRequestBody\tkey_id pending_days sequence", "ScheduleKeyDeletionRequestBody\tkey_id sequence", System.StringComparison.Ordinal);
        var names = Names.Replace("pending_days\tyes\tKMS key deletion\n", string.Empty, System.StringComparison.Ordinal);
        Assert.Contains(Errors(Limits, operations, names), error =>
            error == "KmsRequestLimits.tsv: pending_days (ScheduleKeyDeletionRequestBody.PendingDays) is not a JSON name of DeleteKey's body in KmsRequestOperations.tsv");
    }

    private static List<string> Errors(string limits, string operations, string names)
    {
        var texts = new AdditionalText[]
        {
            new InMemoryText("KmsRequestLimits.tsv", limits),
            new InMemoryText("KmsRequestOperations.tsv", operations),
            new InMemoryText("KmsRequestNames.tsv", names),
        };
        var driver = CSharpGeneratorDriver.Create(new[] { new LimitsGenerator().AsSourceGenerator() }, texts, optionsProvider: new EmitParameters());
        var result = driver.RunGenerators(CSharpCompilation.Create("Limits"), CancellationToken.None).GetRunResult();
        var parameters = Assert.Single(result.GeneratedTrees, tree => tree.FilePath.EndsWith("RequestParameters.g.cs", System.StringComparison.Ordinal));
        return parameters.ToString().Split('\n').Where(line => line.StartsWith("#error ", System.StringComparison.Ordinal)).Select(line => line.Substring(7).TrimEnd('\r')).ToList();
    }

    private static string Data(string name) => File.ReadAllText(RepositoryPaths.Combine("src", "Kms.ErrorCodes", name)).Replace("\r\n", "\n", System.StringComparison.Ordinal);

    /// <summary>The analyzer project's build property that asks for KMS004's tables.</summary>
    private sealed class EmitParameters : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "true";
                return key == "build_property.KmsEmitRequestParameters";
            }
        }
    }
}
