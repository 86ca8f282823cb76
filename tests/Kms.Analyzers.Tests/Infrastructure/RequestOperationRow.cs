using System;
using System.Collections.Generic;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>A row of KmsRequestOperations.tsv.</summary>
public sealed record RequestOperationRow(string Name, string Method, string Path, bool PathAlone, string Body, IReadOnlyList<string> BodyNames)
{
    /// <summary>
    /// An address of the operation: its path, or where the path has no <c>kms</c> segment (<c>/v1.0/{project_id}/keystores</c>)
    /// the endpoint's host with it.
    /// </summary>
    public string Address => Path.Contains("/kms/", StringComparison.Ordinal) ? Path : "https://kms.cn-north-4.myhuaweicloud.com" + Path;

    /// <summary>The path after <c>kms/</c>: <c>list-keys</c>.</summary>
    public string Tail => Path.Substring(Path.IndexOf("/kms/", StringComparison.Ordinal) + "/kms/".Length);
}
