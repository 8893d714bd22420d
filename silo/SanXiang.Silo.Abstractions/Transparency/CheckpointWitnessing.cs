namespace SanXiang.Silo.Transparency;

/// <summary>A supervising department (<see cref="DepartmentId"/>) witnessed the checkpoint at <see cref="CosignedAt"/>; its cosignature verified.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointWitnessing(
    [property: Id(0)] string DepartmentId,
    [property: Id(1)] DateTimeOffset CosignedAt);
