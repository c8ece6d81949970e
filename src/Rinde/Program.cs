using Rinde.Features;
using Rinde.Features.Accounts;
using Rinde.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var data = DataDirectory.FromConfiguration(builder.Configuration);
builder.Services.AddSingleton(data);

// Cross-cutting plumbing
builder.Services.AddRindeDatabase(builder.Configuration, data);
builder.Services.AddRindeWeb();
builder.Services.AddRindeHealth();
builder.Services.AddRindeGracefulShutdown();
builder.Services.AddRindeOpenApi();
builder.Services.AddRindeTelemetry(builder.Configuration);
builder.Services.AddRindeAccounts(data);

// Features
builder.Services.AddRindeFeatures();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseRindeWeb();

app.MapRazorPages();
app.MapPageFallback();
app.MapRindeHealth();
app.MapRindeOpenApi();
var api = app.MapGroup("/api/v1");
api.MapGet("/health", () => TypedResults.Text("ok")).AllowAnonymous();
api.MapTokenApi();
api.MapUsersApi();
api.MapRindeFeatureApis();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
