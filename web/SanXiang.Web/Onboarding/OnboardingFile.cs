namespace SanXiang.Web.Onboarding;

/// <summary>One uploaded file of an onboarding: a workbook of every sheet, or a .csv of one.</summary>
public sealed record OnboardingFile(string FileName, byte[] Content);
