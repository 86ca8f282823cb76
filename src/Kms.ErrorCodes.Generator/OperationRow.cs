namespace Kms.ErrorCodes.Generator;

/// <summary>One row of <c>KmsRequestOperations.tsv</c>.</summary>
internal sealed class OperationRow
{
    public OperationRow(string name, string method, string path, bool pathAlone, string body, string[] bodyNames)
    {
        Name = name;
        Method = method;
        Path = path;
        PathAlone = pathAlone;
        Body = body;
        BodyNames = bodyNames;
    }

    public string Name { get; }

    public string Method { get; }

    public string Path { get; }

    public bool PathAlone { get; }

    public string Body { get; }

    public string[] BodyNames { get; }
}
