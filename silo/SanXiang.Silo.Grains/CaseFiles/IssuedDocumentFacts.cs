namespace SanXiang.Silo.Grains.CaseFiles;

/// <summary>What a <c>document.issued</c> payload says of the document (the case branches' convention).</summary>
internal sealed record IssuedDocumentFacts(string DocumentId, string? Kind, string Name, string? Number, string? StepId);
