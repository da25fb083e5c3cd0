using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Host.Tests.Support;

/// <summary>A locally generated RSA key as published in a JWKS, with Bot Framework's <c>endorsements</c>.</summary>
public sealed class SigningKey
{
    // Generating 2048-bit keys is slow on a busy machine: each material is generated once per test run.
    private static readonly Lazy<RSAParameters>[] Pool = [.. Enumerable.Range(0, Enum.GetValues<KeyMaterial>().Length)
        .Select(_ => new Lazy<RSAParameters>(() =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportParameters(includePrivateParameters: true);
        }))];

    private SigningKey(string kid, RSA rsa, string[]? endorsements)
    {
        Kid = kid;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string Kid { get; }
    public RSA Rsa { get; }

    /// <summary>Null: the JWKS entry has no <c>endorsements</c> member at all.</summary>
    public string[]? Endorsements { get; }

    /// <summary>A key named <paramref name="kid"/> on RSA material number <paramref name="material"/> (distinct numbers, distinct keys).</summary>
    public static SigningKey Create(string kid, KeyMaterial material, params string[]? endorsements)
    {
        var rsa = RSA.Create();
        rsa.ImportParameters(Pool[(int)material].Value);
        return new SigningKey(kid, rsa, endorsements);
    }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(Rsa) { KeyId = Kid }, algorithm);

    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        }
        return jwk;
    }
}

/// <summary>Which pooled RSA key pair a test key uses; each role gets its own so signatures never match by accident.</summary>
public enum KeyMaterial
{
    BotFramework,
    Entra,
    Impostor,
    Rotated,
    Unpublished,
    Extra,
}
