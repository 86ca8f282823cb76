#!/usr/bin/env bash
# End-to-end package test: what a team gets from `dotnet add package Kms.Analyzers`.
# Packs both packages into a temporary feed, installs Kms.Analyzers into a fresh `dotnet new console`, and
# checks that (a) `dotnet build -warnaserror` fails with KMS001 on a magic code and KMS004 on a rejected
# request parameter or enum value (and on nothing in requests KMS accepts: Accepted.cs), (b) `dotnet format
# analyzers --diagnostics KMS001 KMS004` fixes them (the enum value with the SDK enum class's member) and the
# sample's request file (samples/Kms.Samples/KeyLifecycle.cs) alike, and `--diagnostics KMS008` narrows the sample's
# whole-type retries (samples/Kms.Samples/RetryPolicies.cs) to code that compiles, (c) the build then passes, (d) an .editorconfig severity turns KMS002 into a build error without -warnaserror, and (e) a misspelled
# kms_analyzers option is reported as KMS007.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh package cache: a re-packed package of the same version must not be served from an old cache.
export NUGET_PACKAGES="$work/packages"

step() { printf '\n== package test: %s\n' "$*"; }
fail() { printf 'package test FAILED: %s\n' "$*" >&2; exit 1; }

step "pack"
dotnet pack "$root/Kms.Analyzers.sln" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true -v quiet -nologo
package=$(ls "$work/feed"/Kms.Analyzers.*.nupkg)
version=${package##*/Kms.Analyzers.}
version=${version%.nupkg}
[ -f "$work/feed/Kms.ErrorCodes.$version.nupkg" ] || fail "Kms.ErrorCodes.$version.nupkg was not packed"
[ -f "$work/feed/Kms.ErrorCodes.$version.snupkg" ] || fail "Kms.ErrorCodes.$version.snupkg (symbols) was not packed"

step "package contents and metadata"
analyzers_nuspec=$(unzip -p "$package" Kms.Analyzers.nuspec)
codes_nuspec=$(unzip -p "$work/feed/Kms.ErrorCodes.$version.nupkg" Kms.ErrorCodes.nuspec)
analyzer_files=$(unzip -Z1 "$package")
for expected in analyzers/dotnet/cs/Kms.Analyzers.dll analyzers/dotnet/cs/Kms.Analyzers.CodeFixes.dll README.md; do
    grep -qx "$expected" <<<"$analyzer_files" || fail "Kms.Analyzers lacks $expected"
done
! grep -q "^lib/" <<<"$analyzer_files" || fail "Kms.Analyzers must not put its analyzers in lib/"
# Listings are captured before grep -q reads them: with pipefail, a writer cut off by grep's early exit (SIGPIPE) fails the check.
codes_files=$(unzip -Z1 "$work/feed/Kms.ErrorCodes.$version.nupkg")
grep -qx "lib/netstandard2.0/Kms.ErrorCodes.xml" <<<"$codes_files" || fail "Kms.ErrorCodes lacks its XML docs"
for nuspec in "$analyzers_nuspec" "$codes_nuspec"; do
    for tag in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<repository type="git"' '<releaseNotes>'; do
        grep -qF "$tag" <<<"$nuspec" || fail "a nuspec lacks $tag"
    done
done
grep -qF "<dependency id=\"Kms.ErrorCodes\" version=\"$version\"" <<<"$analyzers_nuspec" || fail "Kms.Analyzers does not depend on Kms.ErrorCodes $version"
! grep -q "developmentDependency" <<<"$analyzers_nuspec" || fail "Kms.Analyzers must not be a development dependency: Kms.ErrorCodes' constants must reach the consumer's compile"
echo "contents and metadata as expected"

step "fresh console project with Kms.Analyzers $version"
dotnet new console -o "$work/app" -n PackageTestApp >/dev/null
cd "$work/app"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kms-analyzers-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
dotnet add package Kms.Analyzers --version "$version" >/dev/null
# The HuaweiCloud SDK is not on the registry: the project's stand-ins take the place of its packages.
dotnet add reference "$root/tests/HuaweiCloudSdk/HuaweiCloudSdk.csproj" >/dev/null
# The sample's retries use Polly, as the sample project does.
polly_version=$(sed -nE 's/.*Include="Polly" Version="([^"]+)".*/\1/p' "$root/samples/Kms.Samples/Kms.Samples.csproj")
dotnet add package Polly --version "$polly_version" >/dev/null
cat > Program.cs <<'CS'
var errorCode = args.Length > 0 ? args[0] : "";
if (errorCode == "KMS.0205")
{
    Console.WriteLine("The key ID is not valid.");
}
CS
cat > Deletion.cs <<'CS'
static class Deletion
{
    // A REST body built by hand: KMS rejects 3 days with KMS.1401.
    public static object Body(string keyId) => new { key_id = keyId, pending_days = 3 };
}
CS

cat > Keys.cs <<'CS'
using HuaweiCloud.SDK.Kms.V2.Model;

static class Keys
{
    // The SDK's enum class built from a value KMS does not document: KMS answers KMS.0308.
    public static CreateKeyRequestBody Body(string alias) => new() { KeyAlias = alias, KeySpec = new CreateKeyRequestBody.KeySpecEnum("aes256") };
}
CS

cat > Accepted.cs <<'CS'
using HuaweiCloud.SDK.Kms.V2.Model;

// Requests KMS accepts (API reference): 8 to 8192 random bits, a multiple of 8; 1 to 1024 plaintext bytes; a key
// spec documented for some regions only; a key spec another operation (ListKeys) documents.
static class Accepted
{
    public static object Random() => new { random_data_length = "256" };
    public static EncryptDatakeyRequestBody DataKey(string keyId) => new() { KeyId = keyId, DatakeyPlainLength = "32" };
    public static CreateKeyRequestBody.KeySpecEnum MacKey() => new("HMAC_SM3");
    public static object AllKeys() => new { key_spec = "ALL", limit = "100" };
    public static object RouteValues() => new { limit = 5000, marker = -1 }; // never sent to KMS
}
CS

step "(a) dotnet build -warnaserror fails with KMS001 and KMS004, and on nothing in Accepted.cs"
if dotnet build -warnaserror -nologo > build-a.log 2>&1; then
    cat build-a.log; fail "the build passed with a magic code and a rejected parameter"
fi
for rule in KMS001 KMS004; do
    grep -q "error $rule" build-a.log || { cat build-a.log; fail "the build failed, but not with $rule"; }
    grep -m1 "error $rule" build-a.log
done
! grep -q "Accepted.cs" build-a.log || { grep "Accepted.cs" build-a.log; fail "a request KMS accepts was reported"; }

step "(b) dotnet format analyzers --diagnostics KMS001 KMS004"
dotnet format analyzers --diagnostics KMS001 KMS004 --severity warn -v quiet
grep -q "errorCode == KmsErrorCodes.InvalidKeyId" Program.cs || { cat Program.cs; fail "dotnet format did not insert the constant"; }
grep -q "^using Kms.ErrorCodes;" Program.cs || { cat Program.cs; fail "dotnet format did not add the using"; }
grep -q "pending_days = 7 }" Deletion.cs || { cat Deletion.cs; fail "dotnet format did not put the nearest valid value"; }
grep -q "KeySpec = CreateKeyRequestBody.KeySpecEnum.AES_256 }" Keys.cs || { cat Keys.cs; fail "dotnet format did not put the enum class's member"; }
cat Program.cs Deletion.cs Keys.cs

step "(b') the sample's request file, fixed by dotnet format through the package"
cp "$root/samples/Kms.Samples/KeyLifecycle.cs" SampleKeyLifecycle.cs
dotnet format analyzers --diagnostics KMS004 --severity warn -v quiet
for fixed in 'KeySpec = CreateKeyRequestBody.KeySpecEnum.AES_256 }' '=> CreateKeyRequestBody.OriginEnum.KMS;' 'PendingDays = "7" }' 'pending_days = 7 }' 'new { limit = 2000, marker = "0" }'; do
    grep -qF "$fixed" SampleKeyLifecycle.cs || { cat SampleKeyLifecycle.cs; fail "dotnet format did not write: $fixed"; }
done
grep -qF 'new("HMAC_SM3")' SampleKeyLifecycle.cs || fail "dotnet format rewrote a value documented for some regions"
# The const reference keeps its diagnostic (its fixes are not Fix All's), so the file leaves before the clean build.
rm SampleKeyLifecycle.cs
echo "the sample's KMS004 fixes, the enum classes' members included, applied"

step "(b'') the sample's whole-type retries, narrowed by dotnet format through the package (KMS008)"
cp "$root/samples/Kms.Samples/RetryPolicies.cs" SampleRetryPolicies.cs
dotnet format analyzers --diagnostics KMS008 --severity warn -v quiet
for fixed in 'Handle<ClientRequestException>(e => e.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(e.ErrorCode))' 'catch (SdkException e) when ((attempt < 3) && (e is not ClientRequestException clientError || clientError.HttpStatusCode == 429 || KmsErrorCatalog.IsTransient(clientError.ErrorCode)))'; do
    grep -qF "$fixed" SampleRetryPolicies.cs || { cat SampleRetryPolicies.cs; fail "dotnet format did not write: $fixed"; }
done
dotnet build -nologo > build-b2.log 2>&1 || { cat build-b2.log; fail "the narrowed retries do not compile"; }
! grep -q "KMS008" build-b2.log || { grep "KMS008" build-b2.log; fail "KMS008 still reported after its fix"; }
# Its KMS003 cases keep their diagnostics (not this step's), so the file leaves before the clean build.
rm SampleRetryPolicies.cs
echo "the sample's KMS008 fixes applied and compile"

step "(c) dotnet build -warnaserror passes"
dotnet build -warnaserror -nologo > build-c.log 2>&1 || { cat build-c.log; fail "the fixed program does not build"; }
program_output=$(dotnet run --no-build -- KMS.0205)
grep -q "The key ID is not valid." <<<"$program_output" || fail "the fixed program does not behave as before"

step "(d) .editorconfig severity = error makes KMS002 a build error"
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.KMS002.severity = error\n' > .editorconfig
printf 'static class Legacy\n{\n    public static bool IsBadKey(string errorCode) => errorCode == "kms-0205";\n}\n' > Legacy.cs
if dotnet build -nologo > build-d.log 2>&1; then
    cat build-d.log; fail "the build passed with KMS002 configured as an error"
fi
grep -q "error KMS002" build-d.log || { cat build-d.log; fail "the build failed, but not with KMS002"; }
grep -m1 "error KMS002" build-d.log

step "(e) a kms_analyzers option the rules cannot use is reported (KMS007), not ignored"
rm Legacy.cs
printf 'root = true\n\n[*.cs]\nkms_analyzers.unchecked_parameters = random_data_lenght\n' > .editorconfig
dotnet build -nologo --no-incremental > build-e.log 2>&1 || { cat build-e.log; fail "the build failed"; }
grep -q "warning KMS007: kms_analyzers.unchecked_parameters = random_data_lenght" build-e.log || { cat build-e.log; fail "the misspelled option was not reported"; }
grep -m1 "warning KMS007" build-e.log

printf '\npackage test passed\n'
