using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>The HuaweiCloud SDK's exception types, resolved once per compilation.</summary>
internal sealed class SdkExceptionTypes
{
    private readonly INamedTypeSymbol sdkException;
    private readonly INamedTypeSymbol? serviceResponse;
    private readonly INamedTypeSymbol? clientRequest;
    private readonly INamedTypeSymbol? serverResponse;
    private readonly INamedTypeSymbol? connection;
    private readonly INamedTypeSymbol? requestTimeout;

    private SdkExceptionTypes(Compilation compilation, INamedTypeSymbol sdkException)
    {
        this.sdkException = sdkException;
        serviceResponse = compilation.GetTypeByMetadataName(WellKnownTypeNames.ServiceResponseException);
        clientRequest = compilation.GetTypeByMetadataName(WellKnownTypeNames.ClientRequestException);
        serverResponse = compilation.GetTypeByMetadataName(WellKnownTypeNames.ServerResponseException);
        connection = compilation.GetTypeByMetadataName(WellKnownTypeNames.ConnectionException);
        requestTimeout = compilation.GetTypeByMetadataName(WellKnownTypeNames.RequestTimeoutException);
    }

    public bool HasResponseTypes => clientRequest is not null && serverResponse is not null;

    /// <summary>Null when the compilation has no SDK: the rules then do nothing.</summary>
    public static SdkExceptionTypes? Create(Compilation compilation)
        => compilation.GetTypeByMetadataName(WellKnownTypeNames.SdkException) is { } sdkException ? new SdkExceptionTypes(compilation, sdkException) : null;

    /// <summary>The exception type a code with <paramref name="httpStatusCode"/> arrives as.</summary>
    public static ExceptionKind ArrivesAs(int httpStatusCode) => httpStatusCode >= 500 ? ExceptionKind.ServerResponse : ExceptionKind.ClientRequest;

    public static string NameOf(ExceptionKind kind) => kind == ExceptionKind.ServerResponse ? WellKnownTypeNames.ServerResponseExceptionName : WellKnownTypeNames.ClientRequestExceptionName;

    /// <summary>
    /// Which of the three SDK types that carry every 4xx answer <paramref name="type"/> is: ClientRequestException,
    /// ServiceResponseException or SdkException itself (not a subclass of the user's), else None.
    /// </summary>
    public ExceptionKind ClientErrorCarrier(ITypeSymbol? type)
        => SymbolEqualityComparer.Default.Equals(type, clientRequest) ? ExceptionKind.ClientRequest
            : SymbolEqualityComparer.Default.Equals(type, serviceResponse) ? ExceptionKind.ServiceResponse
            : SymbolEqualityComparer.Default.Equals(type, sdkException) ? ExceptionKind.Sdk
            : ExceptionKind.None;

    public ExceptionKind KindOf(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, clientRequest))
            {
                return ExceptionKind.ClientRequest;
            }

            if (SymbolEqualityComparer.Default.Equals(current, serverResponse))
            {
                return ExceptionKind.ServerResponse;
            }

            if (SymbolEqualityComparer.Default.Equals(current, serviceResponse))
            {
                return ExceptionKind.ServiceResponse;
            }

            if (SymbolEqualityComparer.Default.Equals(current, connection) || SymbolEqualityComparer.Default.Equals(current, requestTimeout))
            {
                return ExceptionKind.Network;
            }

            if (SymbolEqualityComparer.Default.Equals(current, sdkException))
            {
                return ExceptionKind.Sdk;
            }
        }

        return ExceptionKind.None;
    }
}
