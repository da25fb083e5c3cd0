using ReviewBot.Host;

ReviewBotWebApp.Build(args).Run();
