using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ReviewBot.Host.Tests.Support;

/// <summary>A locally generated RSA key as published in a JWKS, with Bot Framework's <c>endorsements</c>.</summary>
public sealed class SigningKey
{
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

    public static SigningKey Create(string kid, params string[]? endorsements) => new(kid, RSA.Create(2048), endorsements);

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
