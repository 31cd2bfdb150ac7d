using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MLDrill.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
