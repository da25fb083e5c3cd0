using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Dialogs;
using ReviewBot.Interview.Rectification;
using ReviewBot.Protocol.Schema;
using ReviewBot.Storage;

namespace ReviewBot.Interview.Tests.Rectification;

/// <summary>
/// The real bot (AddReviewBotStorage on a SQLite file + AddReviewBotInterview) behind a real BotAdapter, a recording
/// channel and a fake clock starting 2025-03-10 10:00 (Beijing).
/// </summary>
public sealed class RectificationHarness : IAsyncDisposable
{
    /// <param name="configure">Registrations made before the interview's (which then keeps them), e.g. a phraser.</param>
    public RectificationHarness(string? databasePath = null, FakeTimeProvider? clock = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), "reviewbot-rect-" + Guid.NewGuid().ToString("N") + ".db");
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = DatabasePath,
            ["Interview:DialogsPath"] = TestDialogs.DialogsPath,
        };
        foreach (var (k, v) in settings ?? [])
        {
            values[k] = v;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<Builder.Files.IFileDelivery>(Files);
        services.AddReviewBotStorage(configuration);
        configure?.Invoke(services);
        services.AddReviewBotInterview(configuration);
        Services = services.BuildServiceProvider();
        Adapter = new BotAdapter(Services.GetRequiredService<IBot>(), Services.GetRequiredService<IStorage>(), Sender,
            Options.Create(new BotAdapterOptions { TypingDelay = TimeSpan.Zero }), NullLogger<BotAdapter>.Instance, Clock);
    }

    public string DatabasePath { get; }
    public FakeTimeProvider Clock { get; }
    public ServiceProvider Services { get; }
    public BotAdapter Adapter { get; }
    public RecordingSender Sender { get; } = new();
    public RecordingFileDelivery Files { get; } = new();

    public MeasureLedger Ledger => Services.GetRequiredService<MeasureLedger>();

    public static Activity Message(string text, string user = "u1", string conversation = "c1", bool group = false, JsonElement? value = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        Value = value,
        ChannelId = "console",
        ServiceUrl = "http://127.0.0.1:1/",
        From = new ChannelAccount { Id = user, Name = user == "u1" ? "张三" : "李四" },
        Recipient = new ChannelAccount { Id = "bot", Name = "bot" },
        Conversation = new ConversationAccount { Id = conversation, IsGroup = group, ConversationType = group ? "groupChat" : "personal" },
    };

    /// <summary>Sends one message and returns the texts the bot sent back.</summary>
    public async Task<string> SayAsync(string text, string user = "u1", string conversation = "c1", bool group = false, string? channel = null)
    {
        var activity = Message(text, user, conversation, group);
        if (channel is not null)
        {
            activity.ChannelId = channel;
        }
        return await SendAsync(activity).ConfigureAwait(false);
    }

    public async Task<string> SendAsync(Activity activity)
    {
        var before = Sender.Sent.Count;
        await Adapter.ProcessActivityAsync(activity, default).ConfigureAwait(false);
        return string.Join("\n", Sender.Sent.Skip(before).Select(a => a.Text ?? JsonSerializer.Serialize(a.Attachments)));
    }

    /// <summary>Stores a draft as the owner of <paramref name="template"/> would (through the real DraftStore).</summary>
    public async Task SaveDraftAsync(Draft draft, Activity template)
    {
        var interview = Services.GetRequiredService<InterviewContext>();
        await Adapter.ContinueConversationAsync(template.GetConversationReference(), async (turn, ct) =>
            await interview.Drafts(turn).SaveAsync(draft, ct).ConfigureAwait(false), default).ConfigureAwait(false);
    }

    public static Draft Draft(string id, string title, params (string Headline, string? Owner, Deadline? Deadline)[] measures) => new()
    {
        Id = id,
        Title = title,
        Setup = new DraftSetup { Kind = SubjectKind.Team, FrameworkId = "x", MeetingTitle = "2024年度民主生活会", UnitName = "某局", Year = 2024 },
        Measures = measures.Select((m, i) => new MeasureItem { Id = $"{id}-m{i + 1}", Headline = m.Headline, Owner = m.Owner, Deadline = m.Deadline }).ToList(),
    };

    public static Deadline Due(int year, int month, int day) => new(DeadlineKind.Date, new DateOnly(year, month, day), $"{year}年{month}月{day}日前");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
    }
}

public sealed class RecordingFileDelivery : Builder.Files.IFileDelivery
{
    public List<Builder.Files.OutgoingFile> Delivered { get; } = [];

    public Task DeliverAsync(ITurnContext turnContext, Builder.Files.OutgoingFile file, CancellationToken cancellationToken)
    {
        Delivered.Add(file);
        return Task.CompletedTask;
    }

    public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);
}

public sealed class RecordingSender : IChannelSender
{
    private readonly List<Activity> _sent = [];

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (_sent)
            {
                return _sent.ToList();
            }
        }
    }

    public Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.Add(activity);
        }
        return Task.FromResult<ResourceResponse?>(new ResourceResponse { Id = Guid.NewGuid().ToString("N") });
    }
}
