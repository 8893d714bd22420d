namespace SanXiang.Plugins;

/// <summary>
/// One field of a 双公示 record (DOMAIN.md §7): the platform's field name, the form it belongs to
/// (licensing, penalty of a legal person, penalty of a natural person), and the case or document
/// field that fills it.
/// </summary>
public sealed record CreditFieldMapping(
    CreditRecordForm Form,
    string PlatformField,
    string Source);
