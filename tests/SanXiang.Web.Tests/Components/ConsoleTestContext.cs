using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Tests.Components.Cases;

namespace SanXiang.Web.Tests.Components;

/// <summary>A bUnit context with MudBlazor's services and a loose JS runtime, as MudBlazor components call into JS.</summary>
public abstract class ConsoleTestContext : BunitContext, IAsyncLifetime
{
    protected ConsoleTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<ISectorRegistry>(new SectorRegistry("plugins", [], []));

        // Pages that only link to the cases (the agency page) read them too; tests of the case pages register their own.
        Services.AddSingleton<ICaseConsoleData>(new FakeCaseConsoleData());

        // Pages that show the plan first (the agency page) read it too; tests of the plan register their own.
        Services.AddSingleton<IPlanConsoleData>(new FakePlanConsoleData(null));

        // The supervisor's home and the agency page show the 监督线索 panel; tests of the panel register their own.
        Services.AddSingleton<IFindingConsoleData>(new FakeFindingConsoleData([]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // Several MudBlazor services are only IAsyncDisposable; xunit 2 would otherwise dispose the
    // context synchronously and the container refuses that.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>MudSelect and friends need a popover provider in the tree.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
