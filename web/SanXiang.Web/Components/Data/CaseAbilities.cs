namespace SanXiang.Web.Components.Data;

/// <summary>
/// What the signed-in user may do with an agency's cases, as <see cref="Web.Cases.CaseAccess"/> decides
/// for the server: the pages render only the buttons these allow, and the server refuses the rest anyway.
/// </summary>
public sealed record CaseAbilities(bool CanOpen, bool CanAct)
{
    public static readonly CaseAbilities ReadOnly = new(false, false);
}
