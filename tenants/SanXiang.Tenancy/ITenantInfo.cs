namespace SanXiang.Tenancy;

/// <summary>What every tenant has: a stable id and the identifier requests name it by.</summary>
public interface ITenantInfo
{
    string Id { get; }

    string Identifier { get; }

    string Name { get; }
}
