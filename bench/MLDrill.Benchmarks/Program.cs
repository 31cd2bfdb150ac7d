using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MLDrill.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(MLDrill.Benchmarks.FsrsBenchmarks).Assembly).Run(args);
