namespace SanXiang.Web.Components.Layout;

/// <summary>One entry of the console's navigation: where it goes and what it says.</summary>
public sealed record NavItem(string Text, string Href, string Icon, string CssClass);
