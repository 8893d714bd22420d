using System.Reflection;
using McMaster.NETCore.Plugins;
using SanXiang.Plugins;
using SanXiang.Domain.Cases.Law;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Host.Plugins;

/// <summary>
/// Loads <c>&lt;dir&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c> for every subfolder, each in its own load context
/// (McMaster.NETCore.Plugins). A plugin that throws, lacks the attribute, breaks the SDK's rules or
/// falls below the national law (<see cref="PluginAdmission"/>) is recorded as a failure, with the rule
/// and article it breaks, and skipped: one bad folder must not keep the agencies of the other sectors
/// from working.
/// </summary>
public static class SectorPluginLoader
{
    /// <summary>
    /// Types whose assemblies the plugins must share with the host. Without them a plugin's own
    /// copy of the SDK would define a second ISectorPlugin that the host cannot cast to, and Orleans'
    /// attributes and codecs would not be the ones the serializer knows.
    /// </summary>
    public static IReadOnlyList<Type> SharedTypes { get; } =
    [
        typeof(ISectorPlugin),
        typeof(GenerateSerializerAttribute),
        typeof(Orleans.Serialization.Serializer),
        typeof(DotLiquid.Template),
        typeof(DocumentFormat.OpenXml.Packaging.WordprocessingDocument),
    ];

    public static SectorRegistry Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        var plugins = new List<LoadedSectorPlugin>();
        var failures = new List<PluginFailure>();
        if (!Directory.Exists(full))
        {
            return new SectorRegistry(full, plugins, failures);
        }

        foreach (var folder in Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal))
        {
            var outcome = LoadOne(folder);
            if (outcome.Failure is { } failure)
            {
                failures.Add(failure);
            }
            else if (plugins.FirstOrDefault(p => p.Sector.Id == outcome.Plugin!.Sector.Id) is { } twin)
            {
                failures.Add(new PluginFailure(outcome.Plugin!.Name, outcome.Plugin.File, null,
                    [$"领域标识 “{twin.Sector.Id}” 已由插件 {twin.Name} 提供"]));
            }
            else
            {
                plugins.Add(outcome.Plugin!);
            }
        }

        return new SectorRegistry(full, plugins, failures);
    }

    private static (LoadedSectorPlugin? Plugin, PluginFailure? Failure) LoadOne(string folder)
    {
        var name = Path.GetFileName(folder);
        var file = Path.Combine(folder, name + ".dll");
        if (!File.Exists(file))
        {
            return (null, new PluginFailure(name, file, null, [$"插件目录中没有 {name}.dll"]));
        }

        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(file, [.. SharedTypes], config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            if (assembly.GetCustomAttribute<SectorPluginAttribute>() is not { } attribute)
            {
                return (null, new PluginFailure(name, file, null, ["程序集缺少 [assembly: SectorPlugin(typeof(...))] 特性，或其引用的 SDK 与主机不兼容"]));
            }

            if (!typeof(ISectorPlugin).IsAssignableFrom(attribute.PluginType))
            {
                return (null, new PluginFailure(name, file, null, [$"SectorPlugin 特性指向的类型 {attribute.PluginType.FullName} 未实现 ISectorPlugin"]));
            }

            var plugin = (ISectorPlugin)Activator.CreateInstance(attribute.PluginType)!;
            var problems = PluginAdmission.Problems(plugin);
            return problems.Count == 0
                ? (new LoadedSectorPlugin(name, file, assembly, plugin), null)
                : (null, new PluginFailure(name, problems[0].File ?? file, problems[0].Line, [.. problems.Select(p => p.ToString())]));
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            var (source, line) = cause is PluginResourceException resource ? (resource.Resource, resource.Line) : Where(cause);
            return (null, new PluginFailure(name, source ?? file, line, [$"加载时抛出异常：{cause.GetType().Name}: {cause.Message}"]));
        }
    }

    /// <summary>The first frame with a source line (the plugin's PDB sits beside its DLL), if any.</summary>
    private static (string? File, int? Line) Where(Exception e)
    {
        var frame = new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileLineNumber() > 0);
        return frame is null ? (null, null) : (frame.GetFileName(), frame.GetFileLineNumber());
    }
}
