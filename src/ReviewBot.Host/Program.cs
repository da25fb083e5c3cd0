using ReviewBot.Host;
using ReviewBot.Host.Messaging;

var app = ReviewBotWebApp.Build(args);
// before the first socket is opened: the runtime reads both once
var inlineCompletions = InlineSocketCompletions.Apply(app.Configuration);
SocketEngineThreads.Apply(app.Configuration, inlineCompletions);
app.Run();
