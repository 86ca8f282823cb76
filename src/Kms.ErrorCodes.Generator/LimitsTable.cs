using System;
using System.Collections.Generic;
using System.Globalization;

namespace Kms.ErrorCodes.Generator;

/// <summary><c>KmsRequestLimits.tsv</c> read and checked: its rows, the constants they define, and what is wrong with it.</summary>
internal sealed class LimitsTable
{
    private const int ColumnCount = 13;
    private static readonly string[] Kinds = { "integer", "digits", "text", "bytes", "enum", "items", "operations" };

    public List<LimitsRow> Rows { get; } = new List<LimitsRow>();

    public List<LimitsConstant> Constants { get; } = new List<LimitsConstant>();

    public List<string> Errors { get; } = new List<string>();

    public static LimitsTable Parse(string tsv)
    {
        var table = new LimitsTable();
        var defined = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (lineNumber, cells) in TsvLines.DataRows(tsv))
        {
            if (cells.Length != ColumnCount || Array.IndexOf(Kinds, cells[2]) < 0 || cells[10].Length == 0 || (cells[11] != "quote" && cells[11] != "older") || ((cells[2] == "enum") != (cells[9].Length > 0)))
            {
                table.Errors.Add(Where(lineNumber) + "expected Parameter, SdkProperties, Kind (" + string.Join("/", Kinds) + "), Min, Max, Multiple, Characters, CharactersText, Forbidden, Values (enum rows only), Code, CodeMessage (quote/older), Source");
                continue;
            }

            var row = new LimitsRow
            {
                Parameter = cells[0],
                SdkProperties = cells[1].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
                Kind = cells[2],
                Characters = cells[6],
                CharactersText = cells[7],
                Forbidden = cells[8],
                Values = cells[9].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries),
                Code = cells[10],
                QuotesCodeMessage = cells[11] == "quote",
                Source = cells[12],
            };
            row.Min = table.ReadBound(cells[3], "Min", row, lineNumber, defined);
            row.Max = table.ReadBound(cells[4], "Max", row, lineNumber, defined);
            row.Multiple = table.ReadBound(cells[5], "Multiple", row, lineNumber, defined);
            table.Rows.Add(row);
        }

        // A name alone uses a constant another row defines, which may come later in the file.
        foreach (var row in table.Rows)
        {
            foreach (var bound in new[] { row.Min, row.Max, row.Multiple })
            {
                if (bound is { Value: null, Constant: { } name })
                {
                    if (defined.TryGetValue(name, out var value))
                    {
                        bound.Value = value;
                    }
                    else
                    {
                        table.Errors.Add("KmsRequestLimits.tsv: " + name + " (row " + row.Parameter + ") is used but no row defines it (Name=value)");
                    }
                }
            }
        }

        return table;
    }

    private LimitsBound? ReadBound(string cell, string role, LimitsRow row, int line, Dictionary<string, long> defined)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        var equals = cell.IndexOf('=');
        var name = equals < 0 ? cell : cell.Substring(0, equals);
        var valueText = equals < 0 ? cell : cell.Substring(equals + 1);
        if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bare))
        {
            return new LimitsBound(bare, null);
        }

        if (equals < 0)
        {
            return new LimitsBound(null, name);
        }

        if (!long.TryParse(valueText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Errors.Add(Where(line) + "'" + cell + "' is not Name=number");
            return null;
        }

        if (defined.ContainsKey(name))
        {
            Errors.Add(Where(line) + name + " is defined twice: write Name=value once, Name alone elsewhere");
            return null;
        }

        defined.Add(name, value);
        Constants.Add(new LimitsConstant(name, value, row, Summary(role, row)));
        return new LimitsBound(value, name);
    }

    private static string Summary(string role, LimitsRow row)
    {
        var unit = row.Kind == "text" ? "characters" : row.Kind == "bytes" ? "UTF-8 bytes" : row.Kind == "items" ? "elements" : null;
        var what = role == "Min" ? (unit is null ? "Smallest accepted" : "Fewest " + unit + " of")
            : role == "Max" ? (unit is null ? "Largest accepted" : "Most " + unit + " of")
            : "Accepted values of";
        var parameter = "<c>" + Escape(row.Parameter) + "</c>";
        var carriers = row.SdkProperties.Length == 0 ? string.Empty : " (" + Escape(string.Join(", ", row.SdkProperties)) + ")";
        var multiple = role == "Multiple" ? " are a multiple of this" : string.Empty;
        var otherwise = row.Code == "SDK"
            ? "outside the range the SDK's WithRetry does not retry as asked"
            : "otherwise KMS answers <see cref=\"KmsErrorCodes." + row.Code + "\"/>";
        return what + " " + parameter + carriers + multiple + "; " + otherwise + ".";
    }

    private static string Escape(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Where(int line) => "KmsRequestLimits.tsv line " + line.ToString(CultureInfo.InvariantCulture) + ": ";
}
