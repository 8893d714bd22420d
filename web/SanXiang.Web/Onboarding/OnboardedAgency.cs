namespace SanXiang.Web.Onboarding;

/// <summary>An agency of the file as it is (or, on a dry run, would be) created: its id, name, officers and whether a plan was given.</summary>
public sealed record OnboardedAgency(string Id, string Name, int Officers, string? PlanTitle);
