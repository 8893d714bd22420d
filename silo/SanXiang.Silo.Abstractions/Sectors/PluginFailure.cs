namespace SanXiang.Silo.Sectors;

/// <summary>A plugin the host skipped: its folder name, the file and line at fault where known, and the reasons in Chinese.</summary>
public sealed record PluginFailure(string Plugin, string File, int? Line, IReadOnlyList<string> Reasons)
{
    public override string ToString() =>
        $"{Plugin} ({(Line is { } line ? $"{File}:{line}" : File)}): {string.Join("；", Reasons)}";
}
