namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// A supervising department's verified cosignature of a checkpoint, given at <paramref name="CosignedAt"/> (UTC, to the
/// second), with the witness key (<paramref name="PublicKeyHex"/>, 04‖x‖y) it verified with.
/// </summary>
public sealed record CheckpointCosignature(string DepartmentId, DateTimeOffset CosignedAt, string PublicKeyHex);
