using System;
using System.Collections.Generic;
using System.Linq;
using Kms.Analyzers.TestSupport;
using Kms.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>The SDK stand-ins (tests/HuaweiCloudSdk) against the real SDK's listed surface (Data/api-surface.txt).</summary>
public sealed class SdkStandInSurfaceTests
{
    /// <summary>What the real SDK has that the stand-ins leave out on purpose, each with its reason.</summary>
    private static readonly Dictionary<string, string> LeftOut = new()
    {
        ["class HuaweiCloud.SDK.Kms.V2.Model.ActionResources"] = "a response part, whose KeyDetails the listing does not have",
        ["DecryptDatakeyCapsuleRequestBody.AttestationDocument"] = "its type is not in the listing",
        ["DeriveSharedSecretRequestBody.Recipient"] = "its type is not in the listing",
        ["BaseInvoker`2.WithExchange"] = "SdkExchange is not in the listing",
        ["BaseInvoker`2.ReplaceCredentialWhen"] = "ICredential is not in the listing",
        ["KmsClient"] = "the stand-in client has only the calls the tests and the sample make",
        ["KmsAsyncClient"] = "the stand-in client has only the calls the tests and the sample make",
    };

    [Fact]
    public void Every_stand_in_type_and_member_is_in_the_real_sdk()
    {
        var problems = SdkSurface.NotInRealSdk(SdkSurface.Of(SdkSources.StandInFiles()));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_exception_invoker_and_model_of_the_real_sdk_has_a_stand_in()
    {
        var missing = MissingFrom(SdkSurface.Of(SdkSources.StandInFiles()));
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    /// <summary>What the real SDK lists that <paramref name="standIns"/> lack, but for <see cref="LeftOut"/>.</summary>
    private static List<string> MissingFrom(IReadOnlyDictionary<string, HashSet<string>> standIns)
    {
        var missing = new List<string>();
        foreach (var (typeLine, members) in SdkSurface.Real)
        {
            if (LeftOut.ContainsKey(typeLine) || LeftOut.Keys.Any(key => typeLine.EndsWith("." + key + " : HuaweiCloud.SDK.Core.Client", StringComparison.Ordinal)))
            {
                continue;
            }

            if (!standIns.TryGetValue(typeLine, out var standInMembers))
            {
                missing.Add(typeLine);
                continue;
            }

            missing.AddRange(members.Where(m => !standInMembers.Contains(m) && !IsLeftOut(typeLine, m)).Select(m => typeLine + ": " + m));
        }

        return missing;
    }

    /// <summary>The check is not vacuous: a renamed member, a changed parameter, a changed base type or an invented type each fail it.</summary>
    [Theory]
    [InlineData("public string ErrorCode { get; set; }", "public string Code { get; set; }", "has no member: string Code { get; set; }")]
    [InlineData("public ClientRequestException(int? httpCode, SdkError sdkError)", "public ClientRequestException(int httpCode, SdkError sdkError)", "has no member: ClientRequestException(int httpCode, SdkError sdkError)")]
    [InlineData("public class ConnectionException : SdkException", "public class ConnectionException : ServiceResponseException", "declared otherwise in the SDK: class HuaweiCloud.SDK.Core.ConnectionException : HuaweiCloud.SDK.Core.ServiceResponseException")]
    [InlineData("public class SdkRequest", "public class SdkRequestStandIn", "not a type of the SDK: class HuaweiCloud.SDK.Core.SdkRequestStandIn")]
    [InlineData("public string ErrorMessage { get; set; }", "public string ErrorMessage { get; }", "has no member: string ErrorMessage { get; }")]
    public void A_stand_in_that_differs_from_the_real_sdk_fails_the_check(string declared, string changed, string expectedProblem)
    {
        var files = SdkSources.StandInFiles();
        var changedFiles = files.Select(f => (f.Name, f.Source.Replace(declared, changed, StringComparison.Ordinal))).ToArray();
        Assert.NotEqual(files.Select(f => f.Source), changedFiles.Select(f => f.Item2));

        var problems = SdkSurface.NotInRealSdk(SdkSurface.Of(changedFiles, mustCompile: false));

        Assert.Contains(problems, p => p.Contains(expectedProblem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_taken_out_of_a_stand_in_fails_the_completeness_check()
    {
        var files = SdkSources.StandInFiles()
            .Select(f => (f.Name, f.Source.Replace("        public string ErrorMsg { get; set; }\n\n        public string ErrorCode { get; set; }", "        public string ErrorCode { get; set; }", StringComparison.Ordinal)))
            .ToArray();

        var missing = MissingFrom(SdkSurface.Of(files, mustCompile: false));

        Assert.Equal(new[] { "class HuaweiCloud.SDK.Core.ServiceResponseException : HuaweiCloud.SDK.Core.SdkException: string ErrorMsg { get; set; }" }, missing);
    }

    private static bool IsLeftOut(string typeLine, string member)
    {
        var typeName = typeLine.Split(' ').First(w => w.StartsWith("HuaweiCloud.", StringComparison.Ordinal));
        var simple = typeName.Substring(typeName.LastIndexOf('.') + 1).Replace("<TInvoker,", "`2", StringComparison.Ordinal);
        var memberName = member.Split('(', '{')[0].Trim().Split(' ').Last();
        return LeftOut.ContainsKey(simple + "." + memberName);
    }
}
