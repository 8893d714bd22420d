namespace SanXiang.Silo.Grains.EventLog;

/// <summary>A supervising department's verified cosignature of a checkpoint, given at <paramref name="CosignedAt"/> (UTC, to the second).</summary>
public sealed record CheckpointCosignature(string DepartmentId, DateTimeOffset CosignedAt);
