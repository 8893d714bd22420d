using System.Reflection;
using SanXiang.Domain.Cases.Law;
using SanXiang.Plugins.Validation;
using Xunit;

namespace SanXiang.Plugins.Testing;

/// <summary>
/// The contract every sector plugin keeps. Derive a test class, return your plugin from
/// <see cref="CreatePlugin"/>, and run <c>dotnet test</c>: each rule below becomes a test of your
/// project, and a plugin that passes them all is one the host loads.
/// </summary>
public abstract class SectorPluginContract
{
    private readonly Lazy<ISectorPlugin> plugin;

    protected SectorPluginContract() => plugin = new Lazy<ISectorPlugin>(CreatePlugin);

    /// <summary>The plugin under test, as the host would create it (its public parameterless constructor).</summary>
    protected ISectorPlugin Plugin => plugin.Value;

    protected abstract ISectorPlugin CreatePlugin();

    [Fact]
    public void DeclareItsTypeWithTheSectorPluginAttribute()
    {
        var attribute = Plugin.GetType().Assembly.GetCustomAttribute<SectorPluginAttribute>();

        Assert.NotNull(attribute);
        Assert.Equal(Plugin.GetType(), attribute.PluginType);
        Assert.NotNull(Plugin.GetType().GetConstructor(Type.EmptyTypes));
    }

    [Fact]
    public void DescribeItsSectorWithAnIdANameAndAVersion()
    {
        Assert.False(string.IsNullOrWhiteSpace(Plugin.Sector.Id), "SectorInfo.Id is empty.");
        Assert.False(string.IsNullOrWhiteSpace(Plugin.Sector.Name), "SectorInfo.Name is empty.");
        Assert.True(Version.TryParse(Plugin.Sector.Version, out _), $"SectorInfo.Version '{Plugin.Sector.Version}' is not a version such as 1.0.0.");
        Assert.NotEmpty(Plugin.Sector.Categories);
    }

    [Fact]
    public void GiveEveryProcedureStepsWithUniqueIdsAndKnownDeadlineSteps()
    {
        foreach (var steps in ProcedureSteps())
        {
            Assert.NotEmpty(steps.Steps);
            var duplicates = steps.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{steps.Name}: step ids used twice: {string.Join(", ", duplicates)}");
            var ids = steps.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var unknown = steps.Steps.SelectMany(s => s.Deadlines).Select(d => d.FromStep).OfType<string>().Where(f => !ids.Contains(f));
            Assert.True(!unknown.Any(), $"{steps.Name}: deadlines count from unknown steps: {string.Join(", ", unknown)}");
        }
    }

    [Fact]
    public void CoverExactlyTheCategoriesItsSectorDeclares()
    {
        Assert.Equal(
            Plugin.Sector.Categories.Order(),
            Plugin.Procedures.Select(p => p.Category).Order());
    }

    [Fact]
    public void ReferToDocumentKindsItDefines()
    {
        var kinds = Plugin.DocumentTemplates.Select(t => t.Kind).ToHashSet(StringComparer.Ordinal);
        var referenced = ProcedureSteps().SelectMany(p => p.Steps).SelectMany(s => s.RequiredDocuments)
            .Concat(Plugin.CaseFileStandards.SelectMany(s => s.Items).Select(i => i.DocumentKind));

        Assert.Empty(referenced.Where(k => !kinds.Contains(k)).Distinct());
        Assert.Equal(kinds.Count, Plugin.DocumentTemplates.Count);
    }

    [Fact]
    public void UseNumberingPatternsThatParse()
    {
        foreach (var template in Plugin.DocumentTemplates.Where(t => t.NumberingPattern is not null))
        {
            var pattern = DocumentNumberPattern.Parse(template.NumberingPattern!);

            Assert.NotEmpty(pattern.Format("某", 2026, 1));
        }
    }

    [Fact]
    public void RenderEveryTemplateAsAValidDocxWithItsSampleValues()
    {
        foreach (var template in Plugin.DocumentTemplates)
        {
            var docx = DocumentRenderer.Render(Plugin, template, TemplateSamples.For(template));

            Assert.Equal([], DocxValidation.Errors(docx).Select(e => $"{template.Kind}: {e}"));
        }
    }

    /// <summary>The SDK's structural rules; with <see cref="KeepTheNationalLawAsAFloor"/> what the host checks when loading (<see cref="PluginAdmission"/>).</summary>
    [Fact]
    public void PassEveryCheckTheHostRunsWhenLoading()
    {
        Assert.Equal([], SectorPluginChecks.Check(Plugin).Select(p => p.ToString()));
    }

    /// <summary>行政处罚法 as a floor: a plugin may tighten its rules (more officers, shorter periods, lower limits), never loosen or omit one.</summary>
    [Fact]
    public void KeepTheNationalLawAsAFloor()
    {
        Assert.Equal([], LawFloor.Check(Plugin).Select(v => v.ToString()));
    }

    private IEnumerable<(string Name, IReadOnlyList<ProcedureStep> Steps)> ProcedureSteps() =>
        Plugin.Procedures.SelectMany(p => p.Simplified is { } simplified
            ? new[] { (p.Name, p.Steps), (p.Name + "（简易程序）", simplified.Steps) }
            : [(p.Name, p.Steps)]);
}
