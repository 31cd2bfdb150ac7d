using MLDrill.Domain.Scheduling;
using MLDrill.Domain.Tests.Scheduling.Support;

namespace MLDrill.Domain.Tests.Scheduling;

/// <summary>Elapsed days are whole 24-hour periods since the last review, as py-fsrs counts them.</summary>
public class ElapsedDaysTests
{
    private static readonly DateTimeOffset Last = new(2024, 3, 10, 22, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)] // past midnight, still the same 24 hours
    [InlineData(23.99, 0)]
    [InlineData(24, 1)]
    [InlineData(47.9, 1)]
    [InlineData(72, 3)]
    public void Count_whole_days_not_calendar_dates(double hours, int expected)
    {
        FsrsScheduler.ElapsedDays(Last, Last.AddHours(hours)).ShouldBe(expected);
    }

    [Fact]
    public void Are_0_before_the_first_review_and_when_the_clock_went_backwards()
    {
        FsrsScheduler.ElapsedDays(null, Last).ShouldBe(0);
        FsrsScheduler.ElapsedDays(Last, Last.AddDays(-2)).ShouldBe(0);
    }

    [Fact]
    public void A_review_within_24_hours_is_a_same_day_review()
    {
        var scheduler = Reviews.NoFuzz();
        var card = scheduler.Review(CardState.New(Last), Rating.Easy, Last, 0).After;

        var nextMorning = scheduler.Review(card, Rating.Good, Last.AddHours(10), 0).After;

        var shortTerm = scheduler.Algorithm.ShortTermStability(card.Memory!.Value.Stability, Rating.Good);
        nextMorning.Memory!.Value.Stability.ShouldBe(shortTerm);
    }
}
