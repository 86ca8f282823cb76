using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Kms.ErrorCodes.Generator;

/// <summary>The data rows of a tab-separated data file: blank lines and <c>#</c> comments skipped, the header line too.</summary>
internal static class TsvLines
{
    /// <summary>The text of the project's additional file named <paramref name="fileName"/> (any folder, any case).</summary>
    public static IncrementalValuesProvider<string> AdditionalFileText(IncrementalGeneratorInitializationContext context, string fileName)
        => context.AdditionalTextsProvider
            .Where(file => string.Equals(Path.GetFileName(file.Path), fileName, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => file.GetText(cancellationToken)?.ToString() ?? string.Empty);

    /// <summary>The header line's cells: the first line that is neither blank nor a comment; null if there is none.</summary>
    public static string[]? HeaderCells(string tsv)
    {
        foreach (var rawLine in tsv.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length != 0 && !line.StartsWith("#", StringComparison.Ordinal))
            {
                return line.Split('\t');
            }
        }

        return null;
    }

    /// <summary>Each data row's cells, with its 1-based line number for error messages.</summary>
    public static IEnumerable<(int LineNumber, string[] Cells)> DataRows(string tsv)
    {
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var rawLine in tsv.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            yield return (lineNumber, line.Split('\t'));
        }
    }
}
