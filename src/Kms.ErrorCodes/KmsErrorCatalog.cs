using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace Kms.ErrorCodes;

// Accessibility comes from PublicApi.cs in Kms.ErrorCodes; the analyzer links this file and keeps it internal.
// The rows (CreateAll) are generated from KmsErrorCodes.tsv.
static partial class KmsErrorCatalog
{
    private static readonly KmsError[] Errors = CreateAll();
    private static readonly Dictionary<string, KmsError> ErrorsByCode = IndexByCode(Errors);

    /// <summary>Every known code, in code order.</summary>
    public static IReadOnlyList<KmsError> All { get; } = new ReadOnlyCollection<KmsError>(Errors);

    /// <summary>Looks a code up, ordinally (<c>KMS.0205</c>, not <c>kms.0205</c>).</summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out KmsError? error)
    {
        if (code is null)
        {
            error = null;
            return false;
        }

        return ErrorsByCode.TryGetValue(code, out error);
    }

    /// <summary>Whether the catalog knows the code (ordinal).</summary>
    public static bool IsKnown(string? code) => code is not null && ErrorsByCode.ContainsKey(code);

    /// <summary>Whether a retry with backoff can succeed on this code; false for unknown or null codes.</summary>
    public static bool IsTransient(string? code) => TryGet(code, out var error) && error.IsTransient;

    private static Dictionary<string, KmsError> IndexByCode(KmsError[] errors)
    {
        var index = new Dictionary<string, KmsError>(errors.Length, StringComparer.Ordinal);
        foreach (var error in errors)
        {
            index.Add(error.Code, error);
        }

        return index;
    }
}
