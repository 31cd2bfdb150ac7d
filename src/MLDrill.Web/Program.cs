using MLDrill.Web.Hosting;

// The slim builder leaves out what a self-hosted app does not use (IIS, HTTP/3, hosting-startup scanning) and so starts sooner.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();

builder.AddInfrastructure();
builder.AddWebServices();

var app = builder.Build();

app.StartStartupWork();

app.UseWebPipeline();
app.MapFeatures();
app.MapHealth();

app.Run();

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;
