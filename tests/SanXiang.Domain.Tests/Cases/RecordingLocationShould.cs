using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Domain.Tests.Cases.Engine;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Cases;

public sealed class RecordingLocationShould
{
    private static readonly DateTimeOffset OnSite = new(2026, 12, 3, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void ReadThePositionAnUploadCarriesInDegreesAndMetres()
    {
        var location = RecordingLocation.Parse("25.9094,112.2034,12.5", out var problem);

        Assert.Null(problem);
        Assert.Equal(new RecordingLocation(25.9094, 112.2034, 12.5), location);
        Assert.Equal(location, RecordingLocation.Parse(location!.ToString(), out _));
    }

    [Theory]
    [InlineData("北纬25度", "拍摄位置应为")]
    [InlineData("25.9", "拍摄位置应为")]
    [InlineData("95.1,112.2", "纬度应在 -90 到 90 度之间")]
    [InlineData("25.9,-181", "经度应在 -180 到 180 度之间")]
    [InlineData("25.9,112.2,-3", "精度应为不小于 0 的米数")]
    [InlineData("NaN,112.2", "拍摄位置应为")]
    public void RefuseWhatIsNoPositionOnEarthSayingWhy(string text, string reason)
    {
        Assert.Null(RecordingLocation.Parse(text, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeThePositionAsTheCasePageShowsIt()
    {
        Assert.Equal("北纬 25.9094°，东经 112.2034°（误差约 12 米）", new RecordingLocation(25.90941, 112.20339, 12.4).Describe());
        Assert.Equal("南纬 33.8688°，西经 70.6693°", new RecordingLocation(-33.8688, -70.6693, null).Describe());
    }

    [Fact]
    public void KeepTheRecordingsPositionInTheChainAndOnTheCase()
    {
        var history = CaseHistory.Penalty(OnSite.AddDays(-1)).Complete("filing");
        var command = Recording(new RecordingLocation(25.9094, 112.2034, 12));

        var added = history.Procedure.AddRecording(history.State, command);
        var payload = CaseEventCodec.Instance.Encode(added);
        history.State.Apply(CaseEventCodec.Instance.Decode(CaseEventCodec.Instance.KindOf(added), payload));

        Assert.Contains("\"location\":{\"latitude\":25.9094", payload, StringComparison.Ordinal);
        Assert.Equal(new RecordingLocation(25.9094, 112.2034, 12), Assert.Single(history.State.Recordings).Location);
    }

    [Fact]
    public void ReplayARecordingFromBeforePositionsWereKept()
    {
        const string Before = """{"files":[{"hash":"sm3:0000000000000000000000000000000000000000000000000000000000000000","fileName":"a.mp4","mediaType":"video/mp4","size":1}],"kind":"Video","stepId":"investigation","device":"执法记录仪","recordedAt":"2026-11-20T09:30:00+08:00","officerId":"A1","continuous":false,"actor":"officer","at":"2026-11-20T09:40:00+08:00"}""";

        var replayed = (RecordingAdded)CaseEventCodec.Instance.Decode("recording.added", Before);

        Assert.Null(replayed.Location);
        Assert.Equal("执法记录仪", replayed.Device);
    }

    [Fact]
    public void RefuseARecordingWhosePositionIsOffTheEarthAndAppendNothing()
    {
        var history = CaseHistory.Penalty(OnSite.AddDays(-1)).Complete("filing");

        var refused = Assert.Throws<SanXiangException>(() => history.Procedure.AddRecording(history.State, Recording(new RecordingLocation(125.9, 112.2, null))));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal("location", Assert.Single(refused.Problems).Field);
        Assert.Empty(history.State.Recordings);
    }

    private static AddRecordingCommand Recording(RecordingLocation location) =>
        new(new StoredFile(StoredFile.Sm3Prefix + new string('a', 64), "现场照片.jpg", "image/jpeg", 2048), AvKind.Photo, "investigation", "手机摄像头", OnSite, "A1", false, "officer", OnSite, location);
}
