using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kms.ErrorCodes.Generator;

/// <summary>
/// Emits <c>KmsLimits</c> from <c>KmsRequestLimits.tsv</c> and, where <c>KmsEmitRequestParameters</c> is set,
/// KMS004's parameters, operations and gate word lists, so no limit or name is written twice.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LimitsGenerator : IIncrementalGenerator
{
    private const string DataFileName = "KmsRequestLimits.tsv";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var dataFiles = TsvLines.AdditionalFileText(context, DataFileName);
        var operationFiles = TsvLines.AdditionalFileText(context, OperationsTable.OperationsFileName).Collect()
            .Combine(TsvLines.AdditionalFileText(context, OperationsTable.NamesFileName).Collect());
        var emitParameters = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.KmsEmitRequestParameters", out var value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

        context.RegisterSourceOutput(dataFiles.Combine(emitParameters).Combine(operationFiles), static (output, input) =>
        {
            var table = LimitsTable.Parse(input.Left.Left);
            output.AddSource("KmsLimits.g.cs", SourceText.From(GenerateLimits(table), Encoding.UTF8));
            if (input.Left.Right)
            {
                var (operations, names) = input.Right;
                var operationsTable = OperationsTable.Parse(operations.FirstOrDefault() ?? string.Empty, names.FirstOrDefault() ?? string.Empty);
                output.AddSource("RequestParameters.g.cs", SourceText.From(GenerateParameters(table, operationsTable), Encoding.UTF8));
            }
        });
    }

    internal static string GenerateLimits(LimitsTable table)
    {
        var code = Header(table);
        code.AppendLine("namespace Kms.ErrorCodes");
        code.AppendLine("{");
        code.AppendLine("    static partial class KmsLimits");
        code.AppendLine("    {");
        foreach (var constant in table.Constants)
        {
            code.AppendLine("        /// <summary>" + constant.Summary + "</summary>");
            code.AppendLine("        /// <remarks>Source: " + Xml(constant.Row.Source) + ".</remarks>");
            code.AppendLine("        public const int " + constant.Name + " = " + constant.Value.ToString(CultureInfo.InvariantCulture) + ";");
            code.AppendLine();
        }

        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    internal static string GenerateParameters(LimitsTable table, OperationsTable operations)
    {
        var code = Header(table);
        foreach (var error in operations.Errors.Concat(Drift(table, operations)))
        {
            code.AppendLine("#error " + error);
        }

        code.AppendLine("using Kms.ErrorCodes;");
        code.AppendLine();
        code.AppendLine("namespace Kms.Analyzers");
        code.AppendLine("{");
        code.AppendLine("    static partial class RequestParameters");
        code.AppendLine("    {");
        code.AppendLine("        /// <summary>Every row of " + DataFileName + ", in its order.</summary>");
        code.AppendLine("        public static readonly RequestParameter[] All =");
        code.AppendLine("        {");
        foreach (var row in table.Rows)
        {
            code.Append("            new RequestParameter(").Append(Literal(row.Parameter)).Append(", ").Append(Constraint(row)).Append(", ")
                .Append(row.Code == "SDK" ? "null" : "KmsErrorCodes." + row.Code).Append(", ")
                .Append(row.QuotesCodeMessage ? "true" : "false").Append(", ")
                .Append(Literal(row.Source));
            foreach (var property in row.SdkProperties)
            {
                code.Append(", ").Append(Literal(property));
            }

            code.AppendLine("),");
        }

        code.AppendLine("        };");
        AppendGateWords(code, table, operations);
        for (var index = 0; index < table.Rows.Count; index++)
        {
            var row = table.Rows[index];
            if (row.Code == "SDK")
            {
                code.AppendLine();
                code.AppendLine("        /// <summary>The row the SDK itself checks: " + row.Parameter + ".</summary>");
                code.AppendLine("        public static RequestParameter " + char.ToUpperInvariant(row.Parameter[0]) + row.Parameter.Substring(1)
                    + " => All[" + index.ToString(CultureInfo.InvariantCulture) + "];");
            }
        }

        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine("    static partial class RequestOperations");
        code.AppendLine("    {");
        code.AppendLine("        /// <summary>Every row of " + OperationsTable.OperationsFileName + ", in its order.</summary>");
        code.AppendLine("        public static readonly RequestOperation[] All =");
        code.AppendLine("        {");
        foreach (var operation in operations.Operations)
        {
            code.Append("            new RequestOperation(").Append(Literal(operation.Name)).Append(", ").Append(Literal(operation.Path)).Append(", ")
                .Append(operation.PathAlone ? "true" : "false").Append(", ").Append(Literal(operation.Body)).Append(", ")
                .Append(Literal(string.Join(" ", operation.BodyNames))).AppendLine("),");
        }

        code.AppendLine("        };");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    /// <summary>A row whose SDK property is on an operation's body type names a JSON name that body has.</summary>
    private static IEnumerable<string> Drift(LimitsTable table, OperationsTable operations)
    {
        foreach (var row in table.Rows)
        {
            foreach (var entry in row.SdkProperties)
            {
                var type = entry.Substring(0, entry.IndexOf('.'));
                foreach (var operation in operations.Operations)
                {
                    if (operation.Body == type && Array.IndexOf(operation.BodyNames, row.Parameter) < 0)
                    {
                        yield return DataFileName + ": " + row.Parameter + " (" + entry + ") is not a JSON name of " + operation.Name + "'s body in " + OperationsTable.OperationsFileName;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The names the gate admits a file by, as space-separated constants: reading them compiles and runs none of
    /// <c>All</c>, whose initializer is by far the largest method a build would otherwise compile before its first file.
    /// </summary>
    private static void AppendGateWords(StringBuilder code, LimitsTable table, OperationsTable operations)
    {
        var distinctive = new List<string>();
        foreach (var name in operations.Names)
        {
            if (name.Value)
            {
                distinctive.Add(name.Key);
            }
        }

        var properties = new List<string>();
        var genericProperties = new List<string>();
        var enumProperties = new List<string>();
        foreach (var row in table.Rows)
        {
            foreach (var entry in row.SdkProperties)
            {
                var property = PropertyName(entry);
                AddOnce(distinctive.Contains(row.Parameter) ? properties : genericProperties, property);
                if (row.Kind == "enum")
                {
                    AddOnce(enumProperties, property);
                }
            }
        }

        AppendWords(code, "DistinctiveJsonNames", "The JSON names that identify a KMS request body on their own (" + OperationsTable.NamesFileName + ").", distinctive);
        AppendWords(code, "PropertyWords", "The SDK properties of the rows whose JSON name is distinctive.", properties);
        AppendWords(code, "GenericPropertyWords", "The SDK properties of the other rows (as generic as <c>Limit</c>).", genericProperties);
        AppendWords(code, "EnumPropertyWords", "The SDK body properties of the enumerated rows, each holding the SDK enum class of its name.", enumProperties);
    }

    private static void AppendWords(StringBuilder code, string name, string summary, List<string> words)
    {
        code.AppendLine();
        code.AppendLine("        /// <summary>" + summary + " Space-separated.</summary>");
        code.AppendLine("        public const string " + name + " = " + Literal(string.Join(" ", words)) + ";");
    }

    private static void AddOnce(List<string> words, string word)
    {
        if (!words.Contains(word))
        {
            words.Add(word);
        }
    }

    /// <summary><c>Type.Property</c>, <c>*.Property</c> or <c>Type.Property@A|B</c> → <c>Property</c>.</summary>
    private static string PropertyName(string entry)
    {
        var start = entry.IndexOf('.') + 1;
        var at = entry.IndexOf('@');
        return at < 0 ? entry.Substring(start) : entry.Substring(start, at - start);
    }

    private static StringBuilder Header(LimitsTable table)
    {
        var code = new StringBuilder();
        code.AppendLine("// <auto-generated> From " + DataFileName + " by Kms.ErrorCodes.Generator. Edit the data file, not this. </auto-generated>");
        code.AppendLine("#nullable enable");
        foreach (var error in table.Errors)
        {
            code.AppendLine("#error " + error);
        }

        return code;
    }

    /// <summary>The row's constraint, built by the analyzer from the row's cells: the Kind cell names its class there.</summary>
    private static string Constraint(LimitsRow row)
        => "ParameterConstraint.Create(" + Literal(row.Kind) + ", " + Bound(row.Min) + ", " + Bound(row.Max) + ", " + Bound(row.Multiple) + ", "
           + Optional(row.Characters) + ", " + Optional(row.CharactersText) + ", " + Optional(row.Forbidden) + ", "
           + (row.Values.Length == 0 ? "null" : "new[] { " + string.Join(", ", Array.ConvertAll(row.Values, Literal)) + " }") + ")";

    private static string Optional(string cell) => cell.Length == 0 ? "null" : Literal(cell);

    /// <summary>A bound as a <c>Limit</c>: the constant and its name, a bare number, or none.</summary>
    private static string Bound(LimitsBound? bound)
        => bound is null ? "Limit.None"
            : bound.Constant is null ? "Limit.Of(" + (bound.Value ?? 0).ToString(CultureInfo.InvariantCulture) + ")"
            : "Limit.Of(KmsLimits." + bound.Constant + ", nameof(KmsLimits." + bound.Constant + "))";

    private static string Literal(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Xml(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
