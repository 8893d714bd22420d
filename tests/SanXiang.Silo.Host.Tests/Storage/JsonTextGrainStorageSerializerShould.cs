using System.Collections.Immutable;
using SanXiang.Domain.Plans;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.Officers;
using SanXiang.Silo.Grains.Plans;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Plans;
using SanXiang.Silo.Host.Storage;

namespace SanXiang.Silo.Host.Tests.Storage;

public class JsonTextGrainStorageSerializerShould
{
    private readonly JsonTextGrainStorageSerializer serializer = new();

    [Fact]
    public void ReadBackAListTheCompilerBuiltForACollectionExpression()
    {
        string[] names = ["法规股（执法大队）", "协调股"];
        IReadOnlyList<OrgUnit> units = [.. names.Select(n => new OrgUnit(n, null))];
        var group = new LeadingGroup("领导小组", "法规股（执法大队）", [new LeadingGroupMember(LeadingGroupRole.Head, "查建兵", "局长")]);

        var read = serializer.Deserialize<LeadingGroupAndUnits>(serializer.Serialize(new LeadingGroupAndUnits(group, units)));

        Assert.Equal(units, read.Units);
        Assert.Equal("查建兵", read.Group.Members[0].Name);
        Assert.Equal(LeadingGroupRole.Head, read.Group.Members[0].Role);
    }

    [Fact]
    public void KeepChineseTextAndEnumNamesReadableInTheDatabase()
    {
        var json = serializer.Serialize(new LeadingGroupMember(LeadingGroupRole.Deputy, "许天贵", null)).ToString();
        Assert.Contains("许天贵", json, StringComparison.Ordinal);
        Assert.Contains("\"Deputy\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBackTheOfficerRoster()
    {
        var state = new OfficerRosterGrain.State();
        state.Officers["A1"] = new Officer("A1", "张三", "执法大队", null, "A1", [EnforcementCategory.Penalty], "许昌市", new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), OfficerStatus.Suspended, true, false);

        var stored = serializer.Serialize(state);
        var read = serializer.Deserialize<OfficerRosterGrain.State>(stored);

        var officer = read.Officers["A1"];
        Assert.Contains("\"Categories\":[\"Penalty\"]", stored.ToString(), StringComparison.Ordinal);
        Assert.Equal([EnforcementCategory.Penalty], officer.Categories);
        Assert.Equal(new DateOnly(2028, 12, 31), officer.ValidTo);
        Assert.Equal(OfficerStatus.Suspended, officer.Status);
        Assert.True(officer.IsReviewer);
    }

    [Fact]
    public void ReadBackAPlansFilingsAndReports()
    {
        var at = new DateTimeOffset(2019, 7, 20, 10, 0, 0, TimeSpan.FromHours(8));
        var evidence = new PlanEvidence("《执法工作手册》", "玉司发〔2019〕12号");
        var returned = DeliverableHistory.Empty.File(at, "张局长", "yuxi-sfj", null, [evidence]).Review(at.AddDays(2), "李处长", "yn-sft", "yuxi-sfj", approve: false, "缺少流程图");
        var reported = LedgerTaskHistory.Empty.CheckIn(LedgerDeadline.Parse("长期执行"), at, "王科长", "按月更新", [evidence], completes: false);
        var state = new PlanGrain.State
        {
            Deliverables = ImmutableDictionary<string, DeliverableHistory>.Empty.Add("执法工作手册", returned),
            Tasks = ImmutableDictionary<int, LedgerTaskHistory>.Empty.Add(4, reported),
        };

        var read = serializer.Deserialize<PlanGrain.State>(serializer.Serialize(state));

        Assert.Equal(DeliverableState.Returned, read.Deliverables!["执法工作手册"].State);
        Assert.Equal(returned.Actions, read.Deliverables["执法工作手册"].Actions, (a, b) => a.Kind == b.Kind && a.At == b.At && a.Note == b.Note && a.Evidence.SequenceEqual(b.Evidence));
        Assert.Equal("按月更新", read.Tasks![4].CheckIns[0].Note);
        Assert.Equal(evidence, read.Tasks[4].CheckIns[0].Evidence[0]);
    }

    public sealed record LeadingGroupAndUnits(LeadingGroup Group, IReadOnlyList<OrgUnit> Units);
}
