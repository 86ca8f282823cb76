using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Kms.Analyzers.TestSupport;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>Dependencies point one way (rules use Internals/, never the reverse), and a type is found by its file name.</summary>
public sealed class ArchitectureTests
{
    private static readonly string Analyzers = RepositoryPaths.Combine("src", "Kms.Analyzers");

    [Fact]
    public void No_file_under_Internals_names_a_rule_or_a_rules_type()
    {
        var ruleTypes = Directory.GetFiles(Path.Combine(Analyzers, "Rules"), "*.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Concat(Directory.GetDirectories(Path.Combine(Analyzers, "Rules")).Select(Path.GetFileName))
            .ToList();
        Assert.NotEmpty(ruleTypes);
        foreach (var file in Directory.GetFiles(Path.Combine(Analyzers, "Internals"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(new Regex(@"\bKMS00[0-9]\b"), text);
            Assert.All(ruleTypes, type => Assert.False(Regex.IsMatch(text, @"\b" + type + @"\b"), Path.GetFileName(file) + " names " + type));
        }
    }

    [Fact]
    public void Every_file_holds_one_top_level_type_named_as_the_file()
    {
        var declaration = new Regex(@"^(?:public |internal |file )?(?:sealed |static |abstract |readonly |partial )*(?:class|struct|record|interface|enum) (\w+)", RegexOptions.Multiline);
        // PublicApi.cs sets the accessibility of the generated partials of Kms.ErrorCodes, four types on purpose.
        foreach (var folder in new[] { "src", "tests", "bench", "eng" })
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Combine(folder), "*.cs", SearchOption.AllDirectories).Where(IsSource))
            {
                if (Path.GetFileName(file) == "PublicApi.cs")
                {
                    continue;
                }

                var types = declaration.Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value).ToList();
                Assert.True(types.Count <= 1 && types.All(type => type == Path.GetFileNameWithoutExtension(file)), file + " holds " + string.Join(", ", types));
            }
        }
    }

    private static bool IsSource(string file)
        => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
