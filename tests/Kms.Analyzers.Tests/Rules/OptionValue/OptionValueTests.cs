using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>KMS007: kms_analyzers.* options the rules cannot use as written.</summary>
public sealed class OptionValueTests
{
    private const string Source = "class C { }";

    [Theory]
    [InlineData("kms_analyzers.additional_codes = KMS.9001, KMS.9002")]
    [InlineData("kms_analyzers.additional_transient_codes = KMS.1105 KMS.0205")]
    [InlineData("kms_analyzers.non_transient_codes = KMS.3202; KMS.3802")]
    [InlineData("kms_analyzers.retry_method_names = Resilient, Again_")]
    [InlineData("kms_analyzers.unchecked_parameters = random_data_length, key_id, maxRetries, limit")]
    [InlineData("dotnet_diagnostic.KMS004.severity = error\nsome_other_tool.option = anything")]
    public Task Options_as_documented_stay_quiet(string settings) => Run(settings);

    [Theory]
    [InlineData("kms_analyzers.additional_codes = KMS9001", "kms_analyzers.additional_codes", "KMS9001", "'KMS9001' is not a KMS error code (KMS. and four digits, as in KMS.0205); the option ignores it")]
    [InlineData("kms_analyzers.additional_transient_codes = KMS.1105, kms.0205", "kms_analyzers.additional_transient_codes", "KMS.1105, kms.0205", "'kms.0205' is not a KMS error code (KMS. and four digits, as in KMS.0205); the option ignores it")]
    [InlineData("kms_analyzers.non_transient_codes = KMS.3202, KMS-3802", "kms_analyzers.non_transient_codes", "KMS.3202, KMS-3802", "'KMS-3802' is not a KMS error code (KMS. and four digits, as in KMS.0205); the option ignores it")]
    [InlineData("kms_analyzers.retry_method_names = Retry-Later", "kms_analyzers.retry_method_names", "Retry-Later", "'Retry-Later' is not a word of a C# name; the option ignores it")]
    [InlineData("kms_analyzers.unchecked_parameters = random_data_lenght", "kms_analyzers.unchecked_parameters", "random_data_lenght", "'random_data_lenght' is not a parameter KMS004 checks (a JSON name such as pending_days, or maxRetries); the option ignores it")]
    [InlineData("kms_analyzers.unchecked_parameters = ,", "kms_analyzers.unchecked_parameters", ",", "it is empty: list at least one item, or remove the line")]
    [InlineData("kms_analyzers.aditional_codes = KMS.9001", "kms_analyzers.aditional_codes", "KMS.9001", "it is not an option of Kms.Analyzers; the options are kms_analyzers.additional_codes, kms_analyzers.additional_transient_codes, kms_analyzers.non_transient_codes, kms_analyzers.retry_method_names, kms_analyzers.unchecked_parameters")]
    public Task Options_the_rules_cannot_use_are_reported(string settings, string key, string value, string problem)
        => Run(settings, new DiagnosticResult("KMS007", DiagnosticSeverity.Warning).WithMessage(key + " = " + value + ": " + problem));

    [Fact]
    public Task Every_wrong_item_is_reported_once_even_when_many_files_share_the_line()
    {
        var test = new KmsTest<OptionValueAnalyzer, EmptyCodeFixProvider> { TestCode = Source }.WithEditorConfig("kms_analyzers.additional_codes = KMS9001, KMS.9002, 9003");
        test.TestState.Sources.Add(("Other.cs", "class D { }"));
        test.TestState.Sources.Add(("Third.cs", "class E { }"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KMS007", DiagnosticSeverity.Warning).WithMessage("kms_analyzers.additional_codes = KMS9001, KMS.9002, 9003: 'KMS9001' is not a KMS error code (KMS. and four digits, as in KMS.0205); the option ignores it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KMS007", DiagnosticSeverity.Warning).WithMessage("kms_analyzers.additional_codes = KMS9001, KMS.9002, 9003: '9003' is not a KMS error code (KMS. and four digits, as in KMS.0205); the option ignores it"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_global_analyzer_config_is_checked_too()
    {
        var test = new KmsTest<OptionValueAnalyzer, EmptyCodeFixProvider> { TestCode = Source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nkms_analyzers.unchecked_parameters = days\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KMS007", DiagnosticSeverity.Warning).WithMessage("kms_analyzers.unchecked_parameters = days: 'days' is not a parameter KMS004 checks (a JSON name such as pending_days, or maxRetries); the option ignores it"));
        return test.RunAsync();
    }

    private static Task Run(string settings, params DiagnosticResult[] expected)
    {
        var test = new KmsTest<OptionValueAnalyzer, EmptyCodeFixProvider> { TestCode = Source }.WithEditorConfig(settings);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
