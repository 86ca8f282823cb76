using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace Kms.Analyzers;

/// <summary>A text span as a diagnostic property value, "start,length".</summary>
internal static class SpanProperty
{
    public static string Format(TextSpan span)
        => span.Start.ToString(CultureInfo.InvariantCulture) + "," + span.Length.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out TextSpan span)
    {
        span = default;
        var parts = text?.Split(',');
        if (parts is { Length: 2 }
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            span = new TextSpan(start, length);
            return true;
        }

        return false;
    }
}
