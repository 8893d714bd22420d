namespace SanXiang.Plugins;

public enum AvKind
{
    /// <summary>照相</summary>
    Photo,

    /// <summary>录音</summary>
    Audio,

    /// <summary>录像</summary>
    Video,
}
