namespace SanXiang.Plugins.Tests.Effective;

/// <summary>
/// Pins what each plugin exposes (procedures, templates with their Liquid, catalogs, mappings) to a
/// snapshot, so that a change to the content or to the way it is loaded shows up as a reviewed diff.
/// When this fails and the change is intended, copy the received file over the approved one.
/// </summary>
public sealed class EffectiveContentShould
{
    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void MatchTheApprovedSnapshot(string id)
    {
        var actual = string.Join('\n', EffectiveContent.Lines(Plugins.Get(id))) + "\n";
        var approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Effective", $"{id}.approved.txt"));

        if (actual != approved)
        {
            var received = Path.Combine(AppContext.BaseDirectory, "Effective", $"{id}.received.txt");
            File.WriteAllText(received, actual);
            Assert.Fail($"The effective content of '{id}' changed. Review with: diff tests/SanXiang.Plugins.Tests/Effective/{id}.approved.txt {received}");
        }
    }
}
