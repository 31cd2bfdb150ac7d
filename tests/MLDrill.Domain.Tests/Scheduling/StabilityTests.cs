using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>fsrs-rs model.rs test_next_stability and ts-fsrs algorithm.test.ts next_stability: S = 5.</summary>
public class StabilityTests
{
    private static readonly FsrsAlgorithm Fsrs = FsrsAlgorithm.Default;
    private static readonly Rating[] AllRatings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
    private static readonly double[] Difficulty = [1, 2, 3, 4];
    private static readonly double[] Retrievability = [0.9, 0.8, 0.7, 0.6];

    [Fact]
    public void Recall_stability_matches_the_references()
    {
        var recall = AllRatings.Select((r, i) => Fsrs.RecallStability(Difficulty[i], 5, Retrievability[i], r)).ToList();

        recall.ShouldBeNear([25.602541, 28.226582, 58.656002, 127.226685]);
    }

    [Fact]
    public void Forget_stability_matches_the_references()
    {
        var forget = Difficulty.Select((d, i) => Fsrs.ForgetStability(d, 5, Retrievability[i])).ToList();

        forget.ShouldBeNear([1.0525396, 1.1894329, 1.3680838, 1.584989]);
    }

    [Fact]
    public void Forget_stability_is_capped_at_what_a_same_day_Again_leaves()
    {
        // High stability and low retrievability make the long-term formula exceed S / e^(w17·w18).
        var w = FsrsParameters.Default;
        var cap = 2 / Math.Exp(w[17] * w[18]);

        Fsrs.ForgetStability(1, 2, 0.01).ShouldBe(cap, 1e-12);
    }

    [Fact]
    public void Short_term_stability_matches_the_references_and_never_drops_on_a_pass()
    {
        // Again lowers it; Hard and Good are held at 5 by the non-decreasing clamp (fsrs-rs #376, ts-fsrs #266).
        var shortTerm = AllRatings.Select(r => Fsrs.ShortTermStability(5, r)).ToList();

        shortTerm.ShouldBeNear([1.596818, 5.0, 5.0, 8.12961]);
    }

    [Fact]
    public void A_same_day_review_uses_short_term_stability_and_a_later_one_the_long_term_formulas()
    {
        var memory = new MemoryState(5, 3);
        var r = Fsrs.Retrievability(3, 5);

        Fsrs.NextState(memory, 0, Rating.Good).Stability.ShouldBe(Fsrs.ShortTermStability(5, Rating.Good));
        Fsrs.NextState(memory, 3, Rating.Good).Stability.ShouldBe(Fsrs.RecallStability(3, 5, r, Rating.Good), 1e-9);
        Fsrs.NextState(memory, 3, Rating.Again).Stability.ShouldBe(Fsrs.ForgetStability(3, 5, r), 1e-9);
    }

    [Fact]
    public void Stability_never_falls_below_S_MIN()
    {
        // ts-fsrs 'clamped s'
        var next = Fsrs.NextState(new MemoryState(0.00102011, 9.98210112), 1, Rating.Again);

        next.Stability.ShouldBe(FsrsAlgorithm.MinStability);
    }

    [Fact]
    public void Non_finite_memory_is_rejected()
    {
        Should.Throw<ArgumentException>(() => Fsrs.NextState(new MemoryState(double.NaN, 5), 1, Rating.Good));
    }
}
