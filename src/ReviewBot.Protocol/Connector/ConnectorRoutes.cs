namespace ReviewBot.Protocol.Connector;

/// <summary>
/// Connector REST v3 addresses below a serviceUrl's base (which keeps prefixes such as <c>/amer/</c>). Path parameters are
/// escaped with <see cref="Uri.EscapeDataString"/>: Teams ids contain ':', '@' and ';'.
/// </summary>
internal static class ConnectorRoutes
{
    public static Uri Conversations(Uri baseUri) => Combine(baseUri, "v3/conversations");

    public static Uri Activities(Uri baseUri, string conversationId) =>
        Combine(baseUri, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(Uri baseUri, string conversationId, string activityId) =>
        Combine(baseUri, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    private static string Escape(string value) => Uri.EscapeDataString(value);

    // String concatenation, not new Uri(base, relative): the relative form would resolve '..' and re-read escapes.
    private static Uri Combine(Uri baseUri, string relative) => new(baseUri.AbsoluteUri + relative, UriKind.Absolute);
}
