namespace ReviewBot.Builder.Turns;

/// <summary>The application: handles one turn. State is loaded before and saved after by the adapter.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
