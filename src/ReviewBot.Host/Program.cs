using ReviewBot.Host;
using ReviewBot.Host.Messaging;

var app = ReviewBotWebApp.Build(args);
InlineSocketCompletions.Apply(app.Configuration); // before the first socket is opened: the runtime reads it once
app.Run();
