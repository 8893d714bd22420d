namespace SanXiang.Web.Components.Officers;

/// <summary>What an administrator chose on an officer's row: 编辑, 停用 or 换证.</summary>
public enum OfficerAction
{
    Edit,
    Deactivate,
    Renew,
}
