using System;
using System.IO;
using System.Linq;

namespace Kms.Analyzers.TestSupport;

/// <summary>
/// The SDK stand-ins of tests/HuaweiCloudSdk as test sources: the V2 model as the SDK has it, and the same
/// model under the V1 namespace older code uses.
/// </summary>
public static class SdkSources
{
    /// <summary>Where the build copies the stand-ins, beside the test assembly.</summary>
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "HuaweiCloudSdk");

    /// <summary>Every stand-in: the SDK core, the KMS model and clients in V2 and in V1, Newtonsoft's attribute.</summary>
    public static readonly (string Name, string Source)[] All = Load();

    /// <summary>Newtonsoft.Json's attribute, declared so tests need not reference the package.</summary>
    public const string NewtonsoftJsonProperty = """
        namespace Newtonsoft.Json
        {
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
            public sealed class JsonPropertyAttribute : System.Attribute
            {
                public JsonPropertyAttribute() { }
                public JsonPropertyAttribute(string propertyName) => PropertyName = propertyName;
                public string PropertyName { get; set; }
            }
        }
        """;

    /// <summary>The stand-in files as they are, by file name.</summary>
    public static (string Name, string Source)[] StandInFiles()
        => Directory.GetFiles(Folder, "*.cs").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ("HuaweiCloudSdk/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray();

    private static (string Name, string Source)[] Load()
    {
        var files = StandInFiles();
        var v1 = files.Where(file => file.Name.Contains("/Kms.V2.", StringComparison.Ordinal))
            .Select(file => (file.Name.Replace("V2", "V1", StringComparison.Ordinal), file.Source.Replace("HuaweiCloud.SDK.Kms.V2", "HuaweiCloud.SDK.Kms.V1", StringComparison.Ordinal)));
        return files.Concat(v1).Append(("Newtonsoft.Json.cs", NewtonsoftJsonProperty)).ToArray();
    }
}
