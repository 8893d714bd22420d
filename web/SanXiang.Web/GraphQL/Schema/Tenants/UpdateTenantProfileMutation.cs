using SanXiang.Domain.Agencies;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Subscriptions;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

public static class UpdateTenantProfileMutation
{
    public static async Task<UpdateTenantProfilePayload> UpdateAsync(
        UpdateTenantProfileInput input, GraphQLUserContext caller, TenantReader reader, IGrainFactory grains, TenantChangeFeed feed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(feed);
        var current = await reader.GetVisibleAsync(caller, input.Id);
        if (!caller.User.IsPlatformAdmin() && !caller.User.RolesIn(input.Id).Contains(TenantRole.TenantAdmin))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有平台管理员或本机关管理员可以修改机关信息。");
        }

        var creditCode = input.CreditCode is null ? current.CreditCode : input.CreditCode.Trim().ToUpperInvariant();
        var profile = current with
        {
            Name = input.Name?.Trim() ?? current.Name,
            RegionCode = input.RegionCode?.Trim() ?? current.RegionCode,
            CreditCode = creditCode is { Length: > 0 } ? creditCode : null,
        };

        // The grain refuses a malformed code; a code that is well formed but fails the GB 32100
        // check character is saved with a warning, as some early pilot codes do fail it.
        var saved = await TenantReader.InTenantAsync(caller, input.Id, () => grains.GetGrain<IAgencyGrain>(input.Id).UpdateProfileAsync(profile));
        feed.Publish(saved.Profile);
        var warning = UnifiedSocialCreditCode.Check(saved.Profile.CreditCode) == CreditCodeCheck.ChecksumMismatch
            ? $"统一社会信用代码“{saved.Profile.CreditCode}”的校验位不符，请核对；已按填写内容保存。"
            : null;
        return new UpdateTenantProfilePayload(new TenantNode(saved.Profile), warning);
    }
}
