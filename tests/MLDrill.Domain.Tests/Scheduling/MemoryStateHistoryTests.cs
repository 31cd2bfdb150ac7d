using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Scheduling.Fsrs;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>Whole review histories through <see cref="FsrsAlgorithm.NextStates"/>, as fsrs-rs inference.rs tests them.</summary>
public class MemoryStateHistoryTests
{
    private static MemoryState Replay(FsrsAlgorithm fsrs, (Rating Rating, int ElapsedDays)[] history)
    {
        MemoryState? memory = null;
        foreach (var (rating, elapsedDays) in history)
        {
            memory = fsrs.NextStates(memory, elapsedDays, 0.9).For(rating).Memory;
        }

        return memory!.Value;
    }

    // Reviewed on days 0, 0, 1, 4, 12, 33.
    private static readonly (Rating, int)[] AgainThenFiveGoods =
    [
        (Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21),
    ];

    [Fact]
    public void Matches_fsrs_rs_memory_state_with_default_weights()
    {
        // fsrs-rs inference.rs test_memory_state; also ts-fsrs FSRS-6.test.ts 'memory state[short-term]'
        var memory = Replay(FsrsAlgorithm.Default, AgainThenFiveGoods);

        memory.Stability.ShouldBeNear(53.62691);
        memory.Difficulty.ShouldBeNear(6.3574867);
    }

    [Fact]
    public void Matches_fsrs_rs_memory_state_with_short_term_weights_frozen()
    {
        // fsrs-rs test_memory_state with w17 = w18 = w19 = 0
        var frozen = new FsrsAlgorithm(new FsrsParameters(TestParameters.DefaultWith((17, 0), (18, 0), (19, 0))));

        var memory = Replay(frozen, AgainThenFiveGoods);

        memory.Stability.ShouldBeNear(53.335106);
        memory.Difficulty.ShouldBeNear(6.3574867);
    }

    [Fact]
    public void Matches_fsrs_rs_memo_state_with_FSRS5_weights()
    {
        // fsrs-rs inference.rs test_memo_state
        var fsrs = new FsrsAlgorithm(TestParameters.FsrsRsFsrs5);

        var memory = Replay(fsrs, [(Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21)]);

        memory.Stability.ShouldBeNear(31.722992);
        memory.Difficulty.ShouldBeNear(7.382128);
    }

    [Fact]
    public void Matches_fsrs_rs_next_states_good_from_a_given_memory()
    {
        // fsrs-rs inference.rs test_memo_state, second part
        var fsrs = new FsrsAlgorithm(TestParameters.FsrsRsFsrs5);

        var good = fsrs.NextStates(new MemoryState(20.925528, 7.005062), 21, 0.9).Good.Memory;

        good.Stability.ShouldBeNear(40.87456);
        good.Difficulty.ShouldBeNear(6.9913807);
    }

    [Fact]
    public void Matches_fsrs_rs_next_states_for_every_rating()
    {
        // fsrs-rs inference.rs test_next_states: at 90% retention the interval equals the stability.
        var fsrs = new FsrsAlgorithm(TestParameters.FsrsRsFsrs5);
        var memory = Replay(fsrs, [(Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8)]);

        var next = fsrs.NextStates(memory, 21, 0.9);

        (double Stability, double Difficulty)[] expected =
            [(2.9691455, 8.000659), (17.091452, 7.6913934), (31.722992, 7.382128), (71.7502, 7.0728626)];
        ItemState[] actual = [next.Again, next.Hard, next.Good, next.Easy];
        for (var i = 0; i < 4; i++)
        {
            actual[i].Memory.Stability.ShouldBeNear(expected[i].Stability);
            actual[i].Memory.Difficulty.ShouldBeNear(expected[i].Difficulty);
            actual[i].Interval.ShouldBeNear(expected[i].Stability);
        }
    }

    [Fact]
    public void Next_states_are_next_state_for_each_rating_with_its_raw_interval()
    {
        var memory = new MemoryState(7.5, 4.2);

        var next = FsrsAlgorithm.Default.NextStates(memory, 6, 0.85);

        foreach (var rating in new[] { Rating.Again, Rating.Hard, Rating.Good, Rating.Easy })
        {
            var state = FsrsAlgorithm.Default.NextState(memory, 6, rating);
            next.For(rating).Memory.ShouldBe(state);
            next.For(rating).Interval.ShouldBe(FsrsAlgorithm.Default.NextInterval(state.Stability, 0.85));
        }
    }
}
