using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MLDrill.Benchmarks -- --filter '*'   (BenchmarkDotNet suites)
// dotnet run -c Release --project bench/MLDrill.Benchmarks -- judge [runs]   (judge latency and throughput)
if (args.Length > 0 && args[0] == "judge")
{
    await MLDrill.Benchmarks.JudgeLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MLDrill.Benchmarks.FsrsBenchmarks).Assembly).Run(args);
