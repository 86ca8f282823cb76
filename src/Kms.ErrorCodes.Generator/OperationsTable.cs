using System;
using System.Collections.Generic;
using System.Globalization;

namespace Kms.ErrorCodes.Generator;

/// <summary>
/// <c>KmsRequestOperations.tsv</c> and <c>KmsRequestNames.tsv</c> read and checked against each other: every body name
/// is in the names file once, with its verdict, and the names file holds no other.
/// </summary>
internal sealed class OperationsTable
{
    public const string OperationsFileName = "KmsRequestOperations.tsv";
    public const string NamesFileName = "KmsRequestNames.tsv";

    public List<OperationRow> Operations { get; } = new List<OperationRow>();

    /// <summary>Every body name, in the names file's order, with whether it is distinctive.</summary>
    public List<KeyValuePair<string, bool>> Names { get; } = new List<KeyValuePair<string, bool>>();

    public List<string> Errors { get; } = new List<string>();

    public static OperationsTable Parse(string operationsTsv, string namesTsv)
    {
        var table = new OperationsTable();
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvLines.DataRows(namesTsv))
        {
            if (cells.Length != 3 || (cells[1] != "yes" && cells[1] != "no") || cells[2].Length == 0 || verdicts.ContainsKey(cells[0]))
            {
                table.Errors.Add(Where(NamesFileName, line) + "expected Name (once), Distinctive (yes/no), Why");
                continue;
            }

            verdicts.Add(cells[0], cells[1] == "yes");
            table.Names.Add(new KeyValuePair<string, bool>(cells[0], cells[1] == "yes"));
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvLines.DataRows(operationsTsv))
        {
            if (cells.Length != 6 || (cells[3] != "yes" && cells[3] != "no") || !cells[2].StartsWith("/", StringComparison.Ordinal) || cells[4].Length == 0 || cells[5].Length == 0)
            {
                table.Errors.Add(Where(OperationsFileName, line) + "expected Operation, Method, Path (/…), PathAlone (yes/no), Body, BodyNames");
                continue;
            }

            var names = cells[5].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                used.Add(name);
                if (!verdicts.ContainsKey(name))
                {
                    table.Errors.Add(Where(OperationsFileName, line) + name + " is not in " + NamesFileName);
                }
            }

            table.Operations.Add(new OperationRow(cells[0], cells[1], cells[2], cells[3] == "yes", cells[4], names));
        }

        foreach (var name in table.Names)
        {
            if (!used.Contains(name.Key))
            {
                table.Errors.Add(NamesFileName + ": " + name.Key + " is no operation's body name");
            }
        }

        return table;
    }

    private static string Where(string file, int line) => file + " line " + line.ToString(CultureInfo.InvariantCulture) + ": ";
}
