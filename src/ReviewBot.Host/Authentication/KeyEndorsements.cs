using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Host.Authentication;

/// <summary>
/// Bot Framework JWKS entries carry an <c>endorsements</c> array: the channels that key may speak for.
/// After a channel token is validated, the endorsements of the key that actually signed it are attached to the
/// authentication result, so the endpoint can require the activity's <c>channelId</c> among them.
/// </summary>
internal static class KeyEndorsements
{
    public const string ParameterName = "reviewbot.endorsements";
    private const string JwksProperty = "endorsements";

    public static async Task AttachAsync(TokenValidatedContext context)
    {
        var keyId = context.SecurityToken.SigningKey?.KeyId;
        string[] endorsements = [];
        if (keyId is not null && context.Options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
            var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
            endorsements = key is null ? [] : Read(key);
        }
        context.Properties.Parameters[ParameterName] = endorsements;
    }

    public static IReadOnlyCollection<string> From(Microsoft.AspNetCore.Authentication.AuthenticationProperties? properties) =>
        properties?.GetParameter<string[]>(ParameterName) ?? [];

    private static string[] Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(JwksProperty, out var value))
        {
            return [];
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.OfType<string>()],
            _ => [],
        };
    }
}
