using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Supervision;

namespace SanXiang.Web.Tests.Components.Supervision;

public sealed class BelowAgencyPickerShould : ConsoleTestContext
{
    private static readonly AgencyProfile Department = Samples.Henan() with { Id = "henan-sft", Name = "河南省司法厅" };

    private IRenderedComponent<BelowAgencyPicker> RenderPicker(Action<string?> chosen, string? value = null, string? initialName = null)
    {
        IReadOnlyList<AgencyProfile> agencies =
        [
            Department,
            .. Enumerable.Range(1, 300).Select(i => Samples.Xuchang() with { Id = $"org-{i}", Name = $"第{i.ToString(CultureInfo.InvariantCulture)}号执法机关", ParentId = "henan-sft" }),
        ];
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(new AgencyView(AgencyViewStatus.Found, "henan-sft", new Agency(Department, [], null, null))) { Agencies = agencies });
        _ = RenderPopoverProvider();
        return Render<BelowAgencyPicker>(p => p
            .Add(x => x.Label, "被检查机关")
            .Add(x => x.DepartmentId, "henan-sft")
            .Add(x => x.Value, value)
            .Add(x => x.InitialName, initialName)
            .Add(x => x.ValueChanged, chosen));
    }

    private static async Task<List<string>> SearchAsync(IRenderedComponent<MudAutocomplete<string>> picker, string text)
    {
        var search = picker.Instance.SearchFunc ?? throw new InvalidOperationException("no search");
        var found = search(text, CancellationToken.None) ?? throw new InvalidOperationException("no answer");
        return [.. await found ?? []];
    }

    [Fact]
    public async Task FindAnAgencyBeyondTheFirstTwoHundredByItsName()
    {
        string? chosen = null;
        var cut = RenderPicker(id => chosen = id);
        var picker = cut.FindComponent<MudAutocomplete<string>>();

        var found = await SearchAsync(picker, "第250号");
        await cut.InvokeAsync(() => picker.Instance.SelectOptionAsync("org-250"));

        Assert.Equal(["org-250"], found);
        Assert.Equal("org-250", chosen);
        Assert.Equal("第250号执法机关", picker.Instance.ToStringFunc!("org-250"));
    }

    [Fact]
    public async Task LeaveTheDepartmentItselfOutAndNameTheAgencyChosenBefore()
    {
        var cut = RenderPicker(_ => { }, value: "xuchang-sfj", initialName: "许昌市司法局");
        var picker = cut.FindComponent<MudAutocomplete<string>>();

        var found = await SearchAsync(picker, "河南省");

        Assert.Empty(found);
        Assert.Equal("许昌市司法局", cut.Find("input").GetAttribute("value"));
    }
}
