using System;
using System.Collections.Generic;
using Kms.ErrorCodes;

namespace Kms.Analyzers;

/// <summary>The known codes closest to an unknown one, by edit distance on the digits.</summary>
internal static class NearestErrorCodes
{
    private const int MaxSuggestions = 3;
    private const int MaxDistance = 2;

    /// <summary>Up to three known codes within two digit edits of <paramref name="code"/> (canonical), nearest first.</summary>
    public static List<KmsError> Find(string code)
    {
        var digits = Digits(code);
        var number = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var candidates = new List<(int Distance, int NumericGap, KmsError Error)>();
        foreach (var error in KmsErrorCatalog.All)
        {
            var distance = EditDistance.Between(digits, Digits(error.Code));
            if (distance <= MaxDistance)
            {
                var gap = Math.Abs(number - int.Parse(Digits(error.Code), System.Globalization.CultureInfo.InvariantCulture));
                candidates.Add((distance, gap, error));
            }
        }

        candidates.Sort(static (a, b) =>
            a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : a.NumericGap != b.NumericGap ? a.NumericGap.CompareTo(b.NumericGap)
            : string.CompareOrdinal(a.Error.Code, b.Error.Code));

        var nearest = new List<KmsError>(MaxSuggestions);
        for (var i = 0; i < candidates.Count && i < MaxSuggestions; i++)
        {
            nearest.Add(candidates[i].Error);
        }

        return nearest;
    }

    private static string Digits(string code) => code.Substring("KMS.".Length);
}
