namespace ReviewBot.Files.Storage;

/// <summary>A file kept for a later download or upload, bound to one conversation and valid until <paramref name="ExpiresAt"/>.</summary>
public sealed record StoredFile(string Name, string ContentType, byte[] Content, string ConversationTag, DateTimeOffset ExpiresAt);
