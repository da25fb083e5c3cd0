using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host.Messaging;

/// <summary>The fields the endpoint needs before an activity may reach the turn pipeline.</summary>
internal static class ActivityShape
{
    /// <summary>The reason the activity cannot be processed, or null when it can.</summary>
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "activity.type is required";
        }
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "activity.channelId is required";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "activity.conversation.id is required";
        }
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "activity.serviceUrl is required";
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "activity.serviceUrl must be an absolute http(s) URL";
        }
        return null;
    }
}
