using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Builder.Turns;
using ReviewBot.ConsoleChat;

// The same bot as in Teams, in the terminal: one line typed = one message. State goes to the SQLite file of
// appsettings.json (data/reviewbot.db by default), so a later run continues where this one stopped.
Console.InputEncoding = Encoding.UTF8;
Console.OutputEncoding = Encoding.UTF8;
var root = ConsoleSettings.FindRoot();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = root });
builder.Logging.ClearProviders();
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddFilter((_, level) => level >= LogLevel.Warning);
var filesFolder = Path.Combine(root, builder.Configuration["Console:FilesFolder"] ?? "out/files");
var renderer = new ConsoleRenderer(Console.Out, filesFolder);
builder.Services.AddConsoleChat(builder.Configuration, renderer, filesFolder);

using var host = builder.Build();
await host.StartAsync();
var user = builder.Configuration["Console:UserId"] ?? Environment.UserName;
var conversation = new ConsoleConversation(host.Services.GetRequiredService<BotAdapter>(), renderer, Console.In, user);
Console.WriteLine("（ReviewBot 控制台。输入文字回车发送；按钮可输入编号；输入“退出”结束。）");
await conversation.RunAsync(CancellationToken.None);
await host.StopAsync();
