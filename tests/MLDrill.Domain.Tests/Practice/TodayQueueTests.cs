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

    [Fact]
    public void The_plans_review_slots_keep_room_for_new_questions_and_count_reviews_already_done()
    {
        var cards = Enumerable.Range(0, 20).Select(i => Review($"r{i:00}", i / 100.0)).ToList();

        var fresh = TodayQueue.Build(cards, NewIds, new HashSet<string>(), 8, Now, EndOfDay, reviewSlots: 5);
        fresh.Count(q => q.Reason == QueueReason.Review).ShouldBe(5);
        fresh.Count(q => q.Reason == QueueReason.New).ShouldBe(3);

        var done = new HashSet<string> { "x1", "x2", "x3", "x4" };
        var later = TodayQueue.Build(cards, NewIds, done, 8, Now, EndOfDay, reviewSlots: 5, reviewsDoneToday: 4);
        later.Select(q => q.Reason).ShouldBe([QueueReason.Review, QueueReason.New, QueueReason.New, QueueReason.New]);
    }

    [Fact]
    public void When_no_new_question_is_left_waiting_reviews_fill_the_day()
    {
        var cards = Enumerable.Range(0, 20).Select(i => Review($"r{i:00}", i / 100.0)).ToList();

        var queue = TodayQueue.Build(cards, [], new HashSet<string>(), 8, Now, EndOfDay, reviewSlots: 5);

        queue.Count.ShouldBe(8);
        queue.ShouldAllBe(q => q.Reason == QueueReason.Review);
    }

    [Fact]
    public void Notebook_revisits_come_before_reviews_and_share_their_slots()
    {
        var cards = new[] { Review("r-low", 0.2), Review("n1-card", 0.3), Review("r-mid", 0.5) };

        var queue = TodayQueue.Build(cards, NewIds, new HashSet<string>(), 8, Now, EndOfDay, reviewSlots: 3, revisits: ["n1-card", "nb2"]);

        queue.Take(4).ShouldBe(
        [
            new QueueItem("n1-card", QueueReason.Revisit), new QueueItem("nb2", QueueReason.Revisit),
            new QueueItem("r-low", QueueReason.Review), new QueueItem("n1", QueueReason.New),
        ]);
        queue.Count.ShouldBe(8);
    }
}
