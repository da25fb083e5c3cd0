using Microsoft.Identity.Client;

namespace ReviewBot.Protocol.Auth;

/// <summary>Lets MSAL use a named client of <see cref="IHttpClientFactory"/> (pooled handlers, configurable in tests).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "ReviewBot.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
