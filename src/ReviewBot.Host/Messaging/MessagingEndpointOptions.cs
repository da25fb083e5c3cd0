namespace ReviewBot.Host.Messaging;

/// <summary>Limits of <c>POST /api/messages</c> (section <c>MessagingEndpoint</c>).</summary>
public sealed class MessagingEndpointOptions
{
    public const string SectionName = "MessagingEndpoint";

    /// <summary>Largest accepted request body; larger bodies get 413. Teams' own messages stay far below this.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
