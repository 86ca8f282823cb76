using System.Collections.Immutable;
using System.Globalization;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// KMS008: a retry decision (the places KMS003 reads) that answers "retry" for a whole SDK exception type that
/// carries KMS's 4xx answers, or for <c>Exception</c> around a visible KMS call, without testing code or status.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientErrorRetryAnalyzer : DiagnosticAnalyzer
{
    private static readonly (int NeverSucceed, int All) ClientErrors = CountClientErrors();

    public static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.ClientErrorRetry,
        title: "Do not retry every KMS client error",
        messageFormat: "Retrying every '{0}' retries every 4xx answer; {1} of the {2} 4xx codes KMS documents can never succeed on retry",
        RuleCategories.Reliability,
        description: "A retry that takes a whole exception type carrying KMS's 4xx answers (ClientRequestException, ServiceResponseException, SdkException, or Exception around a KMS call) retries an invalid key ID, a disabled key, an expired token or a full quota as often as a passing failure. "
            + Count(ClientErrors.NeverSucceed) + " of the catalog's " + Count(ClientErrors.All) + " 4xx codes can never succeed on retry. Narrow the retry to HTTP 429 and KmsErrorCatalog.IsTransient(code).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (compilation, options) =>
        {
            var retry = RetryContext.For(compilation, options);
            if (retry.Sdk.Exceptions is not { } exceptions || !retry.Sdk.HasKmsClients)
            {
                return null;
            }

            var places = new ClientErrorRetryPlaces(retry, exceptions);
            var nodes = new GatedNodeActions();
            if (retry.HasPollyV7 || retry.HasSdkInvokers)
            {
                nodes.Add(places.AnalyzeInvocation, SyntaxKind.InvocationExpression);
            }

            if (retry.HasPollyV8)
            {
                nodes.Add(places.AnalyzeShouldHandle, SyntaxKind.SimpleAssignmentExpression);
            }

            nodes.Add(places.AnalyzeCatch, SyntaxKind.CatchClause);
            nodes.Add(places.AnalyzeNamedDecision, RetryContext.NamedDecisionKinds);
            return nodes;
        }));
    }

    internal static Diagnostic Create(Location location, string typeName, ClientErrorFixShape shape, bool retriesClientRequest)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (shape != ClientErrorFixShape.None)
        {
            properties = properties.Add(DiagnosticPropertyNames.ClientErrorFix, shape.ToString());
            if (retriesClientRequest)
            {
                properties = properties.Add(DiagnosticPropertyNames.RetriesClientRequest, string.Empty);
            }
        }

        return Diagnostic.Create(Rule, location, properties, typeName, Count(ClientErrors.NeverSucceed), Count(ClientErrors.All));
    }

    private static (int NeverSucceed, int All) CountClientErrors()
    {
        var all = 0;
        var neverSucceed = 0;
        foreach (var error in KmsErrorCatalog.All)
        {
            if (error.HttpStatusCode is >= 400 and < 500)
            {
                all++;
                neverSucceed += error.IsTransient ? 0 : 1;
            }
        }

        return (neverSucceed, all);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
