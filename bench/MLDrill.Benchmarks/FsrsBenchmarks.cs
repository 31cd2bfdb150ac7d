using BenchmarkDotNet.Attributes;
using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;

namespace MLDrill.Benchmarks;

/// <summary>
/// FSRS state updates per second. The baseline is one retrievability evaluation (a single Math.Pow), so the
/// ratio says how many "pow-equivalents" an update costs, whatever the machine's speed.
/// </summary>
[MemoryDiagnoser]
public class FsrsBenchmarks
{
    private const int Reviews = 1000;
    private readonly FsrsAlgorithm _fsrs = FsrsAlgorithm.Default;
    private readonly Rating[] _ratings = new Rating[Reviews];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var i = 0; i < Reviews; i++)
        {
            _ratings[i] = (Rating)random.Next(1, 5);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Reviews)]
    public double Retrievability()
    {
        var sum = 0.0;
        for (var i = 0; i < Reviews; i++)
        {
            sum += _fsrs.Retrievability(i % 30, 5.0 + i % 7);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reviews)]
    public MemoryState StateUpdate()
    {
        MemoryState? state = null;
        for (var i = 0; i < Reviews; i++)
        {
            state = _fsrs.NextState(state, i % 5, _ratings[i]);
        }

        return state!.Value;
    }
}
