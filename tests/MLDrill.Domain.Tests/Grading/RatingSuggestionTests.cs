using MLDrill.Domain.Grading;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Grading;

public class RatingSuggestionTests
{
    [Theory]
    [InlineData(0.0, 60, Rating.Again)]
    [InlineData(0.3, 60, Rating.Again)]
    [InlineData(0.5, 60, Rating.Hard)]
    [InlineData(0.75, 60, Rating.Good)]
    [InlineData(1.0, 60, Rating.Easy)]
    [InlineData(1.0, 300, Rating.Good)]
    [InlineData(1.0, 600, Rating.Hard)]
    public void Suggestion_follows_coverage_and_time_for_a_medium_question(double coverage, int seconds, Rating expected) =>
        RatingSuggestion.Suggest(coverage, TimeSpan.FromSeconds(seconds), Difficulty.Medium).ShouldBe(expected);

    [Fact]
    public void An_answer_given_out_loud_suggests_Good() =>
        RatingSuggestion.Suggest(null, TimeSpan.FromMinutes(1), Difficulty.Hard).ShouldBe(Rating.Good);

    [Fact]
    public void Harder_questions_allow_more_time() =>
        RatingSuggestion.ExpectedTime(Difficulty.Hard).ShouldBeGreaterThan(RatingSuggestion.ExpectedTime(Difficulty.Easy));
}
