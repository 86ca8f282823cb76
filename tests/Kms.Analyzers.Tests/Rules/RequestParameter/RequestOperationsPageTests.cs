using System.Linq;
using System.Text;
using Kms.Analyzers.Tests.Infrastructure;
using Kms.Analyzers.TestSupport;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>docs/rules/KMS004.md lists the body names and the operations as their data files give them.</summary>
public sealed class RequestOperationsPageTests
{
    private static readonly string Page = RepositoryPaths.Combine("docs", "rules", "KMS004.md");

    [Fact]
    public void The_KMS004_page_lists_which_names_identify_a_body()
    {
        var names = RequestOperationRows.Names;
        var text = new StringBuilder("\n")
            .Append("Distinctive names (").Append(names.Count(row => row.Distinctive)).Append(" of the ").Append(names.Count).Append(" body names): ")
            .AppendJoin(", ", names.Where(row => row.Distinctive).Select(row => "`" + row.Name + "`")).Append(".\n\n")
            .Append("Names used elsewhere too, which identify no body on their own:\n\n");
        foreach (var row in names.Where(row => !row.Distinctive))
        {
            text.Append("- `").Append(row.Name).Append("`: ").Append(row.Why).Append('\n');
        }

        GeneratedSection.AssertCurrent(Page, "body names", text.ToString());
    }

    [Fact]
    public void The_KMS004_page_lists_every_operation_that_takes_a_body()
    {
        var text = new StringBuilder("\n| operation | request | the path alone names KMS | body names |\n|---|---|---|---|\n");
        foreach (var operation in RequestOperationRows.Operations)
        {
            text.Append("| ").Append(operation.Name).Append(" | ").Append(operation.Method).Append(" `").Append(operation.Path).Append("` | ")
                .Append(operation.PathAlone ? "yes" : "no").Append(" | ").AppendJoin(", ", operation.BodyNames).Append(" |\n");
        }

        GeneratedSection.AssertCurrent(Page, "operations table", text.ToString());
    }
}
