using SanXiang.Domain.Supervision;

namespace SanXiang.Web.Components.Plans;

/// <summary>The drill-down's last step: the agency's page that lists the records an indicator counts.</summary>
public static class IndicatorRecords
{
    public static string Href(string indicatorId, string tenantId)
    {
        var agency = $"/t/{Uri.EscapeDataString(tenantId)}";
        return indicatorId switch
        {
            EnforcementIndicators.DisclosureTimeliness => $"{agency}/disclosures",
            EnforcementIndicators.Certification or EnforcementIndicators.ReviewerShare => $"{agency}/officers",
            EnforcementIndicators.CaseFilePass => $"{agency}/supervision",
            RolloutIndicators.LedgerCompletion or RolloutIndicators.OnTime => $"{agency}/ledger",
            _ => agency,
        };
    }
}
