using System;
using System.Collections.Generic;
using System.Linq;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>KMS004's table, internal to the analyzer, read by reflection: tests walk every row the analyzer checks.</summary>
public static class RequestParameterRows
{
    public static IReadOnlyList<RequestParameterRow> All { get; } = Read();

    /// <summary>The enumerated rows: each SDK property (<c>Body.Property</c>) with its accepted values.</summary>
    public static IEnumerable<(RequestParameterRow Row, string Body, string Property)> EnumProperties()
        => from row in All
           where row.Values is not null
           from sdkProperty in row.SdkProperties
           let dot = sdkProperty.IndexOf('.', StringComparison.Ordinal)
           select (row, sdkProperty.Substring(0, dot), sdkProperty.Substring(dot + 1));

    private static RequestParameterRow[] Read()
    {
        var parameters = typeof(RequestParameterAnalyzer).Assembly.GetType("Kms.Analyzers.RequestParameters", throwOnError: true)!;
        var all = (Array)parameters.GetField("All")!.GetValue(null)!;
        return all.Cast<object>().Select(row =>
        {
            var constraint = Get(row, "Constraint")!;
            var values = constraint.GetType().Name == "EnumConstraint" ? ((IReadOnlyList<string>)Get(constraint, "Values")!).ToArray() : null;
            return new RequestParameterRow(
                (string)Get(row, "Name")!,
                (string[])Get(row, "SdkProperties")!,
                (string)Get(constraint, "Accepted")!,
                (string?)Get(row, "ErrorCode"),
                (string)Get(row, "Source")!,
                values);
        }).ToArray();
    }

    private static object? Get(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
}
