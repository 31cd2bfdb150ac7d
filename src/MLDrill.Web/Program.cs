using MLDrill.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddInfrastructure();
builder.AddWebServices();

var app = builder.Build();

await app.InitializeAsync();

app.UseWebPipeline();
app.MapFeatures();
app.MapHealth();

app.Run();

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;
