using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Cases;

/// <summary>
/// 立案 for an agency: checks the whole opening with the case engine first, and only then takes the case's
/// number (<c>{year}-{n:0000}</c>, counted per year of filing), so a refused opening leaves no hole in the
/// register — in a tamper-evident record a missing number reads like a deleted case. A stateless worker; the
/// numbers come from the agency's gap-free case sequence. Key: the tenant id.
/// </summary>
public interface ICaseFilingGrain : IGrainWithStringKey
{
    /// <summary>Opens the case; the engine's refusal (VALIDATION_FAILED naming every field, OFFICER_NOT_CERTIFIED, …) takes no number.</summary>
    Task<CaseView> OpenAsync(OpenCaseCommand command);
}
