using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>Where a hand-built object goes, as <see cref="BodyFlow"/> found it.</summary>
internal sealed class BodyDestinations
{
    private List<RequestOperation>? addressed;

    /// <summary>Whether it is sent, or passed beside an address, to a KMS address.</summary>
    public bool SentToKms { get; private set; }

    /// <summary>The operations the KMS addresses it is sent to name; empty where they name none.</summary>
    public IReadOnlyList<RequestOperation> AddressedOperations => (IReadOnlyList<RequestOperation>?)addressed ?? System.Array.Empty<RequestOperation>();

    /// <summary>
    /// Whether it is passed to a call that neither sends a request, nor makes one's JSON, nor is given a KMS address: a
    /// query's parameters, route values, a logger's arguments.
    /// </summary>
    public bool PassedElsewhere { get; set; }

    public void Add(KmsAddress address)
    {
        SentToKms = true;
        foreach (var operation in address.Operations)
        {
            addressed ??= new List<RequestOperation>();
            if (!addressed.Contains(operation))
            {
                addressed.Add(operation);
            }
        }
    }
}
