namespace SanXiang.Web.Onboarding;

/// <summary>How far the writing of an import is: <see cref="Done"/> of <see cref="Total"/> agencies written (the directory records them all at the end).</summary>
public sealed record OnboardingProgress(int Done, int Total);
