using TalentMatch.Application;
using TalentMatch.Infrastructure;
using TalentMatch.Web;
using TalentMatch.Web.Cli;

var builder = WebApplication.CreateBuilder(
    DemoDataCommand.IsInvoked(args) ? DemoDataCommand.HostArguments(args)
    : RebuildIndexCommand.IsInvoked(args) ? RebuildIndexCommand.HostArguments(args)
    : args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddWeb(builder.Configuration);

var app = builder.Build();

if (DemoDataCommand.IsInvoked(args))
{
    return await DemoDataCommand.RunAsync(app, args, Console.Out);
}

if (RebuildIndexCommand.IsInvoked(args))
{
    return await RebuildIndexCommand.RunAsync(app, args, Console.Out);
}

await app.InitialiseDatabaseAsync();
app.UseWeb();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
