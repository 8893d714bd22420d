using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SanXiang.Web.Tests.Architecture;

/// <summary>The types of one of the silo's assemblies that an assembly's compiled code names, read from its metadata.</summary>
internal static class GrainCodeReferences
{
    public const string GrainsAssembly = "SanXiang.Silo.Grains";

    public const string HostAssembly = "SanXiang.Silo.Host";

    public static IReadOnlySet<string> In(System.Reflection.Assembly assembly, string referenced)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var grains = metadata.AssemblyReferences.Where(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name) == referenced).ToList();
        return metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Where(type => type.ResolutionScope.Kind == HandleKind.AssemblyReference && grains.Contains((AssemblyReferenceHandle)type.ResolutionScope))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToHashSet(StringComparer.Ordinal);
    }
}
