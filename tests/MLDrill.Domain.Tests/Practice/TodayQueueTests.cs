using MLDrill.Domain.Practice;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Domain.Tests.Practice;

public class TodayQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfDay = new(2026, 3, 11, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] NewIds = ["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10"];

    private static CardSnapshot Review(string id, double retrievability, int hoursAgo = 1) =>
        new(id, CardPhase.Review, Now.AddHours(-hoursAgo), retrievability);

    [Fact]
    public void A_new_user_gets_the_daily_target_of_new_questions_in_study_order()
    {
        var queue = TodayQueue.Build([], NewIds, new HashSet<string>(), 8, Now, EndOfDay);

        queue.Select(q => q.QuestionId).ShouldBe(NewIds.Take(8));
        queue.ShouldAllBe(q => q.Reason == QueueReason.New);
    }

    [Fact]
    public void Due_reviews_come_first_least_retrievable_first_then_new_questions_fill_the_target()
    {
        var cards = new[] { Review("r-high", 0.85), Review("r-low", 0.40), Review("r-mid", 0.70) };

        var queue = TodayQueue.Build(cards, NewIds, new HashSet<string>(), 6, Now, EndOfDay);

        queue.Select(q => q.QuestionId).ShouldBe(["r-low", "r-mid", "r-high", "n1", "n2", "n3"]);
    }

    [Fact]
    public void Never_more_than_the_target_even_with_many_due_reviews()
    {
        var cards = Enumerable.Range(0, 30).Select(i => Review($"r{i}", i / 100.0)).ToList();

        var queue = TodayQueue.Build(cards, NewIds, new HashSet<string>(), 8, Now, EndOfDay);

        queue.Count.ShouldBe(8);
        queue.Select(q => q.QuestionId).ShouldBe(Enumerable.Range(0, 8).Select(i => $"r{i}"));
    }

    [Fact]
    public void Questions_done_today_use_up_slots()
    {
        var done = new HashSet<string> { "a", "b", "c", "d", "e", "f" };

        var queue = TodayQueue.Build([], NewIds, done, 8, Now, EndOfDay);

        queue.Select(q => q.QuestionId).ShouldBe(["n1", "n2"]);
    }

    [Fact]
    public void A_question_rated_Again_today_comes_back_when_its_learning_step_is_due_without_taking_a_slot()
    {
        var done = Enumerable.Range(1, 8).Select(i => $"d{i}").ToHashSet();
        var learning = new CardSnapshot("d3", CardPhase.Learning, Now.AddMinutes(-1), 0.9);

        var queue = TodayQueue.Build([learning], NewIds, done, 8, Now, EndOfDay);

        queue.ShouldBe([new QueueItem("d3", QueueReason.Learning)]);
    }

    [Fact]
    public void A_learning_step_due_later_today_waits_for_its_time()
    {
        var done = Enumerable.Range(1, 8).Select(i => $"d{i}").ToHashSet();
        var learning = new CardSnapshot("d3", CardPhase.Learning, Now.AddMinutes(9), 0.95);

        TodayQueue.Build([learning], NewIds, done, 8, Now, EndOfDay).ShouldBeEmpty();
    }

    [Fact]
    public void Cards_due_tomorrow_are_not_in_today_queue()
    {
        var tomorrow = new CardSnapshot("later", CardPhase.Review, EndOfDay.AddHours(2), 0.8);

        TodayQueue.Build([tomorrow], [], new HashSet<string>(), 8, Now, EndOfDay).ShouldBeEmpty();
    }

    [Fact]
    public void The_queue_is_deterministic_for_equal_retrievability()
    {
        var cards = new[] { Review("b", 0.5), Review("a", 0.5) };

        TodayQueue.Build(cards, [], new HashSet<string>(), 8, Now, EndOfDay).Select(q => q.QuestionId).ShouldBe(["a", "b"]);
    }
}
