using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// A witness's memory of one agency: its key as first seen, the head last cosigned and when, and the trust on first use
/// (the size first cosigned, and when).
/// </summary>
public sealed record WitnessRecord(string SubjectId, Sm2PublicKey SubjectKey, WitnessedHead Head, DateTimeOffset CosignedAt, long FirstSize, DateTimeOffset FirstAt);
