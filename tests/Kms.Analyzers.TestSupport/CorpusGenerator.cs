using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kms.Analyzers.TestSupport;

/// <summary>
/// A deterministic corpus of ordinary business code, about 105 lines a file, a few percent of which use KMS
/// codes, the SDK's types, Polly and retry loops.
/// </summary>
public static class CorpusGenerator
{
    private const int KmsFilePercent = 3;

    private static readonly string[] Words = { "order", "invoice", "customer", "payment", "shipment", "account", "ledger", "report", "session", "ticket", "product", "basket" };
    private static readonly string[] States = { "active", "pending", "closed", "failed", "archived", "draft", "approved", "rejected" };
    private static readonly string[] Codes = { "KmsErrorCodes.InternalError", "KmsErrorCodes.AbnormalIo", "KmsErrorCodes.KeyDisabled", "KmsErrorCodes.InvalidKeyId", "KmsErrorCodes.TokenExpired" };

    public static List<(string Path, string Text)> Generate(int files, int seed = 20261123)
    {
        var random = new System.Random(seed);
        var corpus = new List<(string, string)>(SdkSources.StandInFiles());
        for (var i = 0; i < files; i++)
        {
            var isKms = random.Next(100) < KmsFilePercent;
            corpus.Add(($"File{i:D5}.cs", isKms ? KmsFile(i, random) : BusinessFile(i, random)));
        }

        return corpus;
    }

    /// <summary>Whether a generated file is one of the few that use KMS (the others are plain business code).</summary>
    /// <summary>Whether the corpus file at <paramref name="path"/> is one of the SDK stand-ins, which come first.</summary>
    public static bool IsSdkStandIn(string path) => path.StartsWith("HuaweiCloudSdk/", System.StringComparison.Ordinal);

    public static bool UsesKms(string text) => text.Contains("namespace Corpus.Kms", System.StringComparison.Ordinal);

    private static string BusinessFile(int index, System.Random random)
    {
        var word = Pick(Words, random);
        var type = Pascal(word) + "Service" + index.ToString(CultureInfo.InvariantCulture);
        var entity = Pascal(word) + "Record" + index.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder();
        code.AppendLine("using System;");
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using System.Linq;");
        code.AppendLine();
        code.AppendLine("namespace Corpus.Business" + (index % 20).ToString(CultureInfo.InvariantCulture));
        code.AppendLine("{");
        code.AppendLine($"    public sealed class {entity}");
        code.AppendLine("    {");
        code.AppendLine("        public string Id { get; set; } = \"\";");
        code.AppendLine("        public string Name { get; set; } = \"\";");
        code.AppendLine("        public string Status { get; set; } = \"draft\";");
        code.AppendLine("        public string Code { get; set; } = \"\";");
        code.AppendLine("        public decimal Amount { get; set; }");
        code.AppendLine("        public Dictionary<string, string> Tags { get; } = new Dictionary<string, string>();");
        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine($"    public sealed class {type}");
        code.AppendLine("    {");
        code.AppendLine($"        private readonly List<{entity}> items = new List<{entity}>();");
        code.AppendLine($"        private static readonly Dictionary<string, int> Priorities = new Dictionary<string, int> {{ [\"{Pick(States, random)}\"] = 1, [\"{Pick(States, random)}\"] = 2, [\"{Pick(States, random)}\"] = 3 }};");
        code.AppendLine();
        for (var method = 0; method < 4; method++)
        {
            var state = Pick(States, random);
            code.AppendLine($"        public string Describe{method}({entity} item)");
            code.AppendLine("        {");
            code.AppendLine($"            if (item.Status == \"{state}\" && item.Name != \"{Pick(Words, random)}\")");
            code.AppendLine("            {");
            code.AppendLine($"                return $\"{{item.Name}} is {state} ({{item.Amount:N2}})\";");
            code.AppendLine("            }");
            code.AppendLine();
            code.AppendLine("            switch (item.Status)");
            code.AppendLine("            {");
            var first = random.Next(States.Length);
            var second = (first + 1 + random.Next(States.Length - 1)) % States.Length; // never the same label twice
            code.AppendLine($"                case \"{States[first]}\": return \"{Pick(Words, random)} waits\";");
            code.AppendLine($"                case \"{States[second]}\": return \"{Pick(Words, random)} done\";");
            code.AppendLine("                default: return item.Code.StartsWith(\"X-\", StringComparison.Ordinal) ? \"external\" : \"internal\";");
            code.AppendLine("            }");
            code.AppendLine("        }");
            code.AppendLine();
            code.AppendLine($"        public {entity} Create{method}(string name, decimal amount) => new {entity}");
            code.AppendLine("        {");
            code.AppendLine($"            Id = Guid.NewGuid().ToString(\"N\"),");
            code.AppendLine("            Name = name,");
            code.AppendLine($"            Status = amount > {random.Next(10, 999)} ? \"{Pick(States, random)}\" : \"{Pick(States, random)}\",");
            code.AppendLine($"            Code = \"{Pick(Words, random).Substring(0, 3).ToUpperInvariant()}-{random.Next(1000, 9999)}\",");
            code.AppendLine("            Amount = amount,");
            code.AppendLine("        };");
            code.AppendLine();
            code.AppendLine($"        public IEnumerable<string> Names{method}() => items.Where(i => i.Status == \"{Pick(States, random)}\" || i.Tags.ContainsKey(\"{Pick(Words, random)}\")).Select(i => i.Name.Trim()).OrderBy(n => n);");
            code.AppendLine();
        }

        code.AppendLine($"        public int Priority(string status) => status switch {{ \"{States[0]}\" => 1, \"{States[1]}\" => 2, _ => Priorities.TryGetValue(status, out var p) ? p : 0 }};");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    private static string KmsFile(int index, System.Random random)
    {
        var name = "KeyJob" + index.ToString(CultureInfo.InvariantCulture);
        var code = new StringBuilder();
        code.AppendLine("using System;");
        code.AppendLine("using System.Collections.Generic;");
        code.AppendLine("using System.Threading;");
        code.AppendLine("using HuaweiCloud.SDK.Core;");
        code.AppendLine("using HuaweiCloud.SDK.Kms.V2;");
        code.AppendLine("using HuaweiCloud.SDK.Kms.V2.Model;");
        code.AppendLine("using Kms.ErrorCodes;");
        code.AppendLine("using Polly;");
        code.AppendLine();
        code.AppendLine("namespace Corpus.Kms");
        code.AppendLine("{");
        code.AppendLine($"    public static class {name}");
        code.AppendLine("    {");
        code.AppendLine($"        private static readonly HashSet<string> RetryableCodes = new HashSet<string> {{ {Pick(Codes, random)}, {Pick(Codes, random)} }};");
        code.AppendLine($"        public static readonly Policy Retry = Policy.Handle<ServiceResponseException>(e => KmsErrorCatalog.IsTransient(e.ErrorCode) || e.ErrorCode == {Pick(Codes, random)}).WaitAndRetry(3, i => TimeSpan.FromMilliseconds(100 * i));");
        code.AppendLine();
        code.AppendLine("        public static string Describe(ServiceResponseException e)");
        code.AppendLine("        {");
        code.AppendLine("            switch (e.ErrorCode)");
        code.AppendLine("            {");
        code.AppendLine($"                case {Pick(Codes, random)}: return \"one\";");
        code.AppendLine($"                case \"{(random.Next(2) == 0 ? "KMS.0210" : "KMS.1105")}\": return \"two\";"); // not among Codes: no duplicate label
        code.AppendLine("            }");
        code.AppendLine();
        code.AppendLine("            return e.Message.Contains(\"timeout\") ? \"slow\" : e.ErrorMsg;");
        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine("        public static DeleteKeyRequest Schedule(string keyId) => new DeleteKeyRequest");
        code.AppendLine("        {");
        code.AppendLine($"            Body = new ScheduleKeyDeletionRequestBody {{ KeyId = keyId, PendingDays = \"{random.Next(3, 30)}\" }},");
        code.AppendLine("        };");
        code.AppendLine();
        code.AppendLine($"        public static object RestBody(string keyId) => new {{ key_id = keyId, datakey_length = {8 * random.Next(1, 64)} }};");
        code.AppendLine();
        code.AppendLine("        public static T Call<T>(Func<T> call)");
        code.AppendLine("        {");
        code.AppendLine("            for (var attempt = 1; ; attempt++)");
        code.AppendLine("            {");
        code.AppendLine("                try");
        code.AppendLine("                {");
        code.AppendLine("                    return call();");
        code.AppendLine("                }");
        code.AppendLine($"                catch (ServiceResponseException e) when ((e.ErrorCode == {Pick(Codes, random)} || RetryableCodes.Contains(e.ErrorCode)) && attempt < 3)");
        code.AppendLine("                {");
        code.AppendLine("                    Thread.Sleep(10 * attempt);");
        code.AppendLine("                }");
        code.AppendLine("            }");
        code.AppendLine("        }");
        code.AppendLine();
        code.AppendLine($"        public static bool IsTransient(string code) => code is KmsErrorCodes.InternalError or {Pick(Codes, random)};");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    private static string Pick(string[] values, System.Random random) => values[random.Next(values.Length)];

    private static string Pascal(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
