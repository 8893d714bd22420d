using SanXiang.Web.Transparency;

// In ASP.NET Core's builder namespace, like the other Map… extensions, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class TransparencyExtensions
{
    /// <summary>
    /// <c>/public/{tenant}/checkpoint</c>, <c>…/checkpoint/key</c> and <c>…/proof?case=&amp;seq=</c>:
    /// the signed checkpoint, its SM2 key and inclusion proofs, anonymous and read-only (README.md, "Public transparency URLs").
    /// </summary>
    public static WebApplication MapSanXiangTransparency(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/public/{tenant}").AllowAnonymous();
        group.MapGet("/checkpoint", PublicTransparency.CheckpointAsync);
        group.MapGet("/checkpoint/key", PublicTransparency.KeyAsync);
        group.MapGet("/proof", PublicTransparency.ProofAsync);
        return app;
    }
}
