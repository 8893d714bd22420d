using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SanXiang.Silo.Sectors;

namespace SanXiang.Web.Tests.Components;

/// <summary>A bUnit context with MudBlazor's services and a loose JS runtime, as MudBlazor components call into JS.</summary>
public abstract class ConsoleTestContext : BunitContext, IAsyncLifetime
{
    protected ConsoleTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<ISectorRegistry>(new SectorRegistry("plugins", [], []));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // Several MudBlazor services are only IAsyncDisposable; xunit 2 would otherwise dispose the
    // context synchronously and the container refuses that.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>MudSelect and friends need a popover provider in the tree.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
