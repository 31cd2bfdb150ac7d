using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

public class InitialStateTests
{
    private static readonly Rating[] AllRatings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

    [Fact]
    public void Initial_stability_is_w0_to_w3_by_rating()
    {
        AllRatings.Select(FsrsAlgorithm.Default.InitialStability).ShouldBe([0.212, 1.2931, 2.3065, 8.2956]);
    }

    [Fact]
    public void Initial_difficulty_matches_ts_fsrs_first_repeat_clamped_to_1()
    {
        // ts-fsrs FSRS-6.test.ts 'first repeat'
        var difficulties = AllRatings.Select(r => FsrsAlgorithm.Default.InitialState(r).Difficulty).ToList();

        difficulties.ShouldBeNear([6.4133, 5.11217071, 2.11810397, 1]);
    }

    [Fact]
    public void Unclamped_initial_difficulty_is_w4_minus_exp_w5_times_G_minus_1_plus_1()
    {
        var w = FsrsParameters.Default;

        FsrsAlgorithm.Default.InitialDifficulty(Rating.Easy).ShouldBe(w[4] - Math.Exp(3 * w[5]) + 1, 1e-12);
        FsrsAlgorithm.Default.InitialDifficulty(Rating.Easy).ShouldBeLessThan(1);
    }

    [Fact]
    public void Initial_difficulty_with_FSRS5_weights_matches_ts_fsrs()
    {
        // ts-fsrs FSRS-5.test.ts 'first repeat'
        var fsrs = new FsrsAlgorithm(TestParameters.TsFsrsFsrs5);

        AllRatings.Select(r => fsrs.InitialState(r).Difficulty).ToList()
            .ShouldBeNear([7.1949, 6.48830527, 5.28243442, 3.22450159]);
    }

    [Fact]
    public void Next_state_of_no_memory_is_the_initial_state_whatever_the_elapsed_days()
    {
        foreach (var rating in AllRatings)
        {
            FsrsAlgorithm.Default.NextState(null, 0, rating).ShouldBe(FsrsAlgorithm.Default.InitialState(rating));
            FsrsAlgorithm.Default.NextState(null, 5, rating).ShouldBe(FsrsAlgorithm.Default.InitialState(rating));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Ratings_outside_1_to_4_are_rejected(int rating)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FsrsAlgorithm.Default.InitialState((Rating)rating));
        Should.Throw<ArgumentOutOfRangeException>(() => FsrsAlgorithm.Default.NextState(new MemoryState(1, 5), 1, (Rating)rating));
    }
}
