using System.Security.Cryptography;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Files;
using SanXiang.Silo.Grains.Tests.Documents;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>A 市场监管 agency with certified officers, and the commands a penalty case takes.</summary>
internal static class CaseSamples
{
    public const string Zhang = "431128A0001";
    public const string Li = "431128A0002";

    /// <summary>Holds a certificate for 行政许可 only, so may not act in a penalty case.</summary>
    public const string Wang = "431128A0003";

    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static readonly string[] Team = [Zhang, Li];

    public static Task<string> NewAgencyAsync(ClusterFixture fixture) => NewAgencyAsync(fixture.Grains);

    /// <summary>A 新田县市场监督管理局 look-alike (sector market-regulation, 机关代字 新市监) with three officers.</summary>
    public static async Task<string> NewAgencyAsync(IGrainFactory grains, string sector = DocumentSamples.Sector, string? parent = null)
    {
        var tenant = Samples.NewTenantId();
        var profile = new AgencyProfile(tenant, "新田县市场监督管理局", AgencyLevel.County, sector, "431128", parent, null, true, "test", "新市监");
        await grains.GetGrain<IAgencyGrain>(tenant).SeedAsync(new Agency(profile, [], null, null), "v1");
        var roster = grains.GetGrain<IOfficerRosterGrain>(tenant);
        await roster.AddAsync(Officer(Zhang, "张明", EnforcementCategory.Penalty));
        await roster.AddAsync(Officer(Li, "李华", EnforcementCategory.Penalty));
        await roster.AddAsync(Officer(Wang, "王强", EnforcementCategory.Licensing));
        return tenant;
    }

    public static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, China);

    public static OpenCaseCommand Open(DateTimeOffset at, bool simplified = false, decimal? fine = 5000m, PartyKind party = PartyKind.Organisation) =>
        new(
            "销售超过保质期的食品案",
            EnforcementCategory.Penalty,
            new CaseParty(party == PartyKind.Citizen ? "王某" : "新田县某超市", party, party == PartyKind.Citizen ? "431128199001010011" : "91431128MA4L0000X1"),
            simplified,
            fine,
            Team,
            "xintian-scjg.officer",
            at);

    /// <summary>The template's sample values, less the case's facts, which the grain fills in.</summary>
    public static IssueDocumentCommand Issue(string stepId, string kind, DateTimeOffset at)
    {
        var fields = DocumentSamples.Fields(kind);
        foreach (var fact in new[] { "agency_name", "party_name", "cause", "case_number", "handlers", "officers" })
        {
            fields.Remove(fact);
        }

        return new IssueDocumentCommand(stepId, kind, fields, "xintian-scjg.officer", at);
    }

    public static CompleteStepCommand Complete(string stepId, DateTimeOffset at, string? avOverrideReason = null, params string[] officers) =>
        new(stepId, officers.Length == 0 ? Team : officers, avOverrideReason, "xintian-scjg.officer", at);

    public static StoredFile File(string name, string mediaType = "video/mp4") =>
        new(StoredFile.Sm3Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), name, mediaType, 1024);

    public static AddRecordingCommand Recording(string stepId, AvKind kind, DateTimeOffset at, bool continuous = false) =>
        new(File($"{stepId}.mp4"), kind, stepId, "执法记录仪 DSJ-V9", at, OfficerId.FromCertificate(Zhang), continuous, "xintian-scjg.officer", at);

    public static Officer Officer(string certificate, string name, EnforcementCategory category, DateOnly? validTo = null) =>
        new(string.Empty, name, "执法大队", "执法队员", certificate, [category], "新田县", new DateOnly(2018, 1, 1), validTo ?? new DateOnly(2030, 12, 31), OfficerStatus.Active, false, false);
}
