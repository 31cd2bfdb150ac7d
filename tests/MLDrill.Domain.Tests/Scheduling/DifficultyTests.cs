using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

public class DifficultyTests
{
    [Fact]
    public void Matches_fsrs_rs_and_ts_fsrs_after_linear_damping_and_mean_reversion()
    {
        // fsrs-rs model.rs test_next_difficulty (after mean_reversion); ts-fsrs algorithm.test.ts next_difficulty
        var next = new[] { Rating.Again, Rating.Hard, Rating.Good, Rating.Easy }
            .Select(r => FsrsAlgorithm.Default.NextDifficulty(5.0, r))
            .ToList();

        next.ShouldBeNear([8.341763, 6.6659956, 4.990228, 3.3144615]);
    }

    [Fact]
    public void Mean_reversion_pulls_towards_initial_difficulty_of_Easy()
    {
        var target = FsrsAlgorithm.Default.InitialDifficulty(Rating.Easy);
        var w7 = FsrsParameters.Default[7];

        // Good leaves the damped difficulty unchanged, so only the reversion moves it.
        FsrsAlgorithm.Default.NextDifficulty(5.0, Rating.Good).ShouldBe(w7 * target + (1 - w7) * 5.0, 1e-12);
    }

    [Fact]
    public void Linear_damping_stops_difficulty_at_10()
    {
        var difficulty = 9.0;
        for (var i = 0; i < 100; i++)
        {
            difficulty = FsrsAlgorithm.Default.NextDifficulty(difficulty, Rating.Again);
            difficulty.ShouldBeLessThanOrEqualTo(FsrsAlgorithm.MaxDifficulty);
        }
    }

    [Fact]
    public void Easy_reviews_clamp_difficulty_at_1()
    {
        // py-fsrs test_repeated_correct_reviews asserts difficulty == 1.0 after ten Easy reviews.
        FsrsAlgorithm.Default.NextDifficulty(1.2, Rating.Easy).ShouldBe(FsrsAlgorithm.MinDifficulty);
    }
}
