using SanXiang.Web.Transparency;

// In ASP.NET Core's builder namespace, like the other Map… extensions, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class TransparencyExtensions
{
    /// <summary>The public witness statement and the departments' witness alerts, which the API, the console and /verify share.</summary>
    public static WebApplicationBuilder AddSanXiangTransparency(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<WitnessStatements>();
        builder.Services.AddSingleton<WitnessAlerts>();
        builder.Services.AddSingleton<IWitnessAlertSource>(services => services.GetRequiredService<WitnessAlerts>());
        return builder;
    }

    /// <summary>
    /// <c>/public/{tenant}/checkpoint</c>, <c>…/checkpoint/key</c>, <c>…/proof?case=&amp;seq=</c> and <c>…/witness/key</c>:
    /// the signed checkpoint with its witnesses' cosignatures, its SM2 key, inclusion proofs and a supervising department's
    /// witness key, anonymous and read-only (README.md, "Public transparency URLs").
    /// </summary>
    public static WebApplication MapSanXiangTransparency(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/public/{tenant}").AllowAnonymous();
        group.MapGet("/checkpoint", PublicTransparency.CheckpointAsync);
        group.MapGet("/checkpoint/key", PublicTransparency.KeyAsync);
        group.MapGet("/proof", PublicTransparency.ProofAsync);
        group.MapGet("/witness/key", PublicTransparency.WitnessKeyAsync);
        return app;
    }
}
