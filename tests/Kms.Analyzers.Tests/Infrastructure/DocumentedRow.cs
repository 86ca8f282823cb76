namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>One row of the service's error-code table, as the documentation writes it.</summary>
public sealed record DocumentedRow(int HttpStatusCode, string Code, string Message, string Description, string Measure);
