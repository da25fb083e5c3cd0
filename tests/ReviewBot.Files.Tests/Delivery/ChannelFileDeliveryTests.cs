using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Builder.Files;
using ReviewBot.Builder.State;
using ReviewBot.Builder.Storage;
using ReviewBot.Builder.Turns;
using ReviewBot.Files.Delivery;
using ReviewBot.Files.Tests.Support;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Files.Tests.Delivery;

public sealed class ChannelFileDeliveryTests
{
    [Fact]
    public async Task Registered_strategy_is_chosen_for_its_channel_and_links_elsewhere()
    {
        var console = new SavingStrategy();
        using var services = Build(s => s.TryAddEnumerable(ServiceDescriptor.Singleton<IFileDeliveryStrategy>(console)));
        var delivery = services.GetRequiredService<IFileDelivery>();

        var consoleTurn = Turn(TestActivities.Export(channelId: Channels.Console));
        await delivery.DeliverAsync(consoleTurn, TestFiles.Draft(), CancellationToken.None);
        var webChatTurn = Turn(TestActivities.Export(channelId: Channels.WebChat));
        await delivery.DeliverAsync(webChatTurn, TestFiles.Draft(), CancellationToken.None);

        Assert.Equal([TestFiles.DraftName], console.Saved);
        Assert.Equal("saved", Assert.Single(consoleTurn.Replies).Text);
        Assert.Contains("https://bot.example.org/files/", Assert.Single(webChatTurn.Replies).Text);
    }

    [Fact]
    public async Task An_earlier_file_delivery_registration_wins()
    {
        var own = new OwnDelivery();
        using var services = Build(s => s.AddSingleton<IFileDelivery>(own));

        Assert.Same(own, services.GetRequiredService<IFileDelivery>());
        Assert.False(await services.GetRequiredService<IFileDelivery>().TryHandleAsync(Turn(TestActivities.Export()), CancellationToken.None));
    }

    [Fact]
    public async Task Activities_that_are_not_file_answers_are_left_to_the_app()
    {
        using var services = Build(_ => { });
        var turn = Turn(TestActivities.Export());

        Assert.False(await services.GetRequiredService<IFileDelivery>().TryHandleAsync(turn, CancellationToken.None));
        Assert.Empty(turn.Replies);
        Assert.Null(turn.InvokeResponse);
    }

    private static ServiceProvider Build(Action<IServiceCollection> before)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = FilesBotHost.AppId,
            ["Files:PublicBaseUrl"] = "https://bot.example.org",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IStorage, MemoryStorage>();
        before(services);
        return services.AddReviewBotFiles(configuration).BuildServiceProvider();
    }

    private static TurnContext Turn(Activity activity) =>
        new(activity, new TurnState(new StateBag(StateKeys.Conversation(activity)), new StateBag(StateKeys.User(activity))));

    private sealed class SavingStrategy : IFileDeliveryStrategy
    {
        public List<string> Saved { get; } = [];

        public bool CanDeliver(ITurnContext turnContext) => turnContext.Activity.ChannelId == Channels.Console;

        public Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken)
        {
            Saved.Add(file.Name);
            return turnContext.SendActivityAsync("saved", cancellationToken);
        }

        public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);
    }

    private sealed class OwnDelivery : IFileDelivery
    {
        public Task DeliverAsync(ITurnContext turnContext, OutgoingFile file, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
