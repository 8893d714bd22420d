namespace SanXiang.Plugins;

/// <summary>Declares the plugin type of an assembly, so the host need not scan every type.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class SectorPluginAttribute(Type pluginType) : Attribute
{
    public Type PluginType { get; } = pluginType;
}
