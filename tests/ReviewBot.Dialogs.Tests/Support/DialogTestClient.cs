using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests.Support;

/// <summary>
/// Runs turns against a root dialog the way the adapter does: state is loaded from JSON at the start of every turn
/// and serialized at the end, so each test proves the stack survives storage. Replies are collected, not sent.
/// </summary>
internal sealed class DialogTestClient(Dialog root, string channelId = Channels.MsTeams, string conversationType = "personal")
{
    private string? _conversationJson;
    private string? _userJson;

    /// <summary>The root dialog; replace it to simulate a deploy between turns.</summary>
    public Dialog Root { get; set; } = root;

    public string ChannelId { get; set; } = channelId;

    public string ConversationType { get; set; } = conversationType;

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ConversationJson => _conversationJson;

    /// <summary>The stored root stack.</summary>
    public JsonObject StoredDialogState =>
        JsonNode.Parse(_conversationJson ?? "{}")![DialogState.PropertyName]?.AsObject() ?? throw new InvalidOperationException("No dialog state stored.");

    /// <summary>A stored user-state property (the app's own data, which dialog resets must not touch).</summary>
    public T? GetUserState<T>(string name) => new StateBag("user", _userJson, null).Get<T>(name);

    public Task<TestTurn> SendAsync(string text) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>An Adaptive Card Action.Submit: a message with no text and <paramref name="value"/> as its value.</summary>
    public Task<TestTurn> SubmitAsync(object value) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(value) });

    /// <summary>An Action.Execute click: an <c>adaptiveCard/action</c> invoke carrying <paramref name="data"/>.</summary>
    public Task<TestTurn> ExecuteAsync(string verb, object data) =>
        InvokeAsync("adaptiveCard/action", new { action = new { type = "Action.Execute", verb, data } });

    public Task<TestTurn> InvokeAsync(string name, object value) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Invoke, Name = name, Value = JsonSerializer.SerializeToElement(value) });

    public async Task<TestTurn> SendActivityAsync(Activity activity)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = "conv-1", ConversationType = ConversationType, IsGroup = ConversationType != "personal" ? true : null };
        activity.From ??= new ChannelAccount { Id = "user-1", Name = "测试用户" };
        activity.Recipient ??= new ChannelAccount { Id = "bot-1", Name = "ReviewBot" };
        activity.LocalTimestamp ??= LocalTimestamp;

        var conversation = new StateBag("conversation/test", _conversationJson, null);
        var user = new StateBag("user/test", _userJson, null);
        var context = new TurnContext(activity, new TurnState(conversation, user));
        var result = await Root.RunAsync(context);
        _conversationJson = conversation.Serialize() ?? _conversationJson;
        _userJson = user.Serialize() ?? _userJson;
        return new TestTurn(result, [.. context.Replies], context.InvokeResponse);
    }

    /// <summary>Edits the stored JSON between turns (to simulate data written by an older deploy).</summary>
    public void EditStoredState(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(_conversationJson ?? "{}")!.AsObject();
        edit(root);
        _conversationJson = root.ToJsonString();
    }
}

internal sealed record TestTurn(DialogTurnResult Result, IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse)
{
    public IReadOnlyList<string?> Texts => [.. Replies.Select(r => r.Text)];

    /// <summary>The only reply's text (fails when there is not exactly one reply).</summary>
    public string? Text => Assert.Single(Replies).Text;
}
