using TalentMatch.Application;
using TalentMatch.Infrastructure;
using TalentMatch.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddWeb(builder.Configuration);

var app = builder.Build();

await app.InitialiseDatabaseAsync();
app.UseWeb();

await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
