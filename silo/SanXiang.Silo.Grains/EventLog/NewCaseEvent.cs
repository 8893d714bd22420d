namespace SanXiang.Silo.Grains.EventLog;

/// <summary>An event to append: what happened, by whom, when; the store assigns its number and hashes.</summary>
/// <param name="Payload">JSON text, stored exactly as given and hashed in canonical form.</param>
/// <param name="FileHashes">Content hashes of attached evidence files (printable ASCII).</param>
public sealed record NewCaseEvent(string Kind, string Payload, string Actor, DateTimeOffset At, IReadOnlyList<string>? FileHashes = null);
