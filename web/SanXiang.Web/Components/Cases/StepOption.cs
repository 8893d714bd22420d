namespace SanXiang.Web.Components.Cases;

/// <summary>A procedure step as a form offers it: its stable id and Chinese name.</summary>
public sealed record StepOption(string Id, string Name);
