using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MLDrill.Domain.Planning;
using MLDrill.Domain.Scheduling;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Plan;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>The daily loop over HTTP: today's queue, reveal, rubric coverage, rating, undo, summary.</summary>
public abstract class PracticeLoopTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MLDrillFactory
{
    [Fact]
    public async Task A_new_user_gets_eight_questions_from_the_first_seed_area_first()
    {
        var client = await new AppClient(app).RegisterAsync();

        var html = await client.GetHtmlAsync("/Practice");

        html.ShouldContain("0</strong> of 8 done today");
        html.ShouldContain("Core concepts");
        html.ShouldContain("Reveal answer");
    }

    [Fact]
    public async Task Revealing_shows_the_model_answer_and_which_key_points_the_typed_answer_covered()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = (await client.CurrentQuestionAsync())!;
        var question = app.Services.GetRequiredService<MLDrill.Web.Hosting.ContentCatalog>().Bank.Find(questionId)!;
        var firstEvidence = question.KeyPoints[0].Evidence[0].Replace("*", "", StringComparison.Ordinal);

        var attemptPath = await client.RevealAsync(questionId, $"My answer: {firstEvidence}.");
        var html = await client.GetHtmlAsync(attemptPath);

        attemptPath.ShouldStartWith("/Practice/Attempt/");
        html.ShouldContain("Model answer");
        html.ShouldContain($"1 / {question.KeyPoints.Count} covered");
        html.ShouldContain("class=\"covered\"");
        html.ShouldContain("class=\"missed\"");
        html.ShouldContain("Could you explain it to someone else?");
        html.ShouldContain("What assumptions did you make?");
        html.ShouldContain("Is there a more optimal approach?");
        html.ShouldContain("Common mistakes");
        html.ShouldContain("Suggested: <strong>");
    }

    [Fact]
    public async Task Rating_stores_a_review_log_with_state_before_and_after_and_schedules_the_card()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = (await client.CurrentQuestionAsync())!;
        var attemptPath = await client.RevealAsync(questionId, "an answer worth logging");

        var response = await client.RateAsync(attemptPath, "Good", new()
        {
            ["Input.Explain"] = "yes, to a friend",
            ["Input.Assumptions"] = "linear model",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Practice");
        var log = app.WithDb(db => db.ReviewLogs.Single(r => r.QuestionId == questionId && r.Answer == "an answer worth logging"));
        log.Rating.ShouldBe(Rating.Good);
        log.CardWasNew.ShouldBeTrue();
        log.PhaseBefore.ShouldBe(CardPhase.New);
        log.PhaseAfter.ShouldBe(CardPhase.Learning);
        log.StabilityAfter.ShouldNotBeNull().ShouldBeGreaterThan(0);
        log.ReflectionExplain.ShouldBe("yes, to a friend");
        log.ReflectionAssumptions.ShouldBe("linear model");
        log.ReflectionBetterApproach.ShouldBeNull();
        log.Coverage.ShouldNotBeNull();
        var card = app.WithDb(db => db.Cards.Single(c => c.UserId == log.UserId && c.QuestionId == questionId));
        card.Due.ShouldBe(log.DueAfter);
        card.Due.ShouldBeGreaterThan(log.ReviewedAt);
        (await client.CurrentQuestionAsync()).ShouldNotBe(questionId);
    }

    [Fact]
    public async Task A_full_day_ends_in_a_summary_and_nothing_more_is_asked_unless_the_user_wants_more()
    {
        var client = await new AppClient(app).RegisterAsync();
        var done = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            done.Add(await client.PractiseOneAsync("Easy"));
        }

        done.Distinct().Count().ShouldBe(8);
        var summary = await client.GetHtmlAsync("/Practice");
        summary.ShouldContain("Session complete");
        summary.ShouldContain("8</strong> of 8 done today");
        summary.ShouldContain("What comes back when");
        (await client.CurrentQuestionAsync()).ShouldBeNull();

        (await client.PostFormAsync("/Practice?handler=More", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var more = await client.CurrentQuestionAsync();
        more.ShouldNotBeNull();
        done.ShouldNotContain(more);
    }

    [Fact]
    public async Task Undo_takes_back_the_last_rating_and_restores_the_card()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = (await client.CurrentQuestionAsync())!;
        var attemptPath = await client.RevealAsync(questionId, "first try");
        await client.RateAsync(attemptPath, "Again");

        var undo = await client.PostFormAsync("/Practice?handler=Undo", [], "/Practice");

        undo.Headers.Location!.OriginalString.ShouldBe(attemptPath);
        app.WithDb(db => db.ReviewLogs.Count(r => r.Answer == "first try")).ShouldBe(0);
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == client.Email).Id);
        app.WithDb(db => db.Cards.Count(c => c.QuestionId == questionId && c.UserId == userId)).ShouldBe(0);
        (await client.RateAsync(attemptPath, "Easy")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        app.WithDb(db => db.ReviewLogs.Single(r => r.Answer == "first try").Rating).ShouldBe(Rating.Easy);
    }

    [Fact]
    public async Task Two_bad_ratings_make_a_topic_weak_undo_takes_one_back_and_the_cards_sums_can_be_rebuilt_from_the_logs()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = await client.PractiseOneAsync("Again", "no idea");
        var userId = app.WithDb(db => db.Users.Single(u => u.Email == client.Email).Id);
        Card Card() => app.WithDb(db => db.Cards.Single(c => c.UserId == userId && c.QuestionId == questionId));
        var topic = app.Bank.Find(questionId)!.Topics[0];
        async Task<TopicStanding> Standing()
        {
            using var scope = app.Services.CreateScope();
            var reading = await scope.ServiceProvider.GetRequiredService<PlanService>().BuildAsync(userId);
            return reading.Topics.Single(t => t.Topic == topic);
        }

        var afterOne = Card();
        afterOne.RecentWeight.ShouldBe(1);
        afterOne.RecentGradeSum.ShouldBe(1);
        (await Standing()).IsWeak.ShouldBeFalse("one bad review is not a pattern");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await client.CurrentQuestionAsync()).ShouldBe(questionId, "the learning step is due");
        await client.PractiseOneAsync("Hard", "still no idea");

        var afterTwo = Card();
        afterTwo.RecentWeight.ShouldBe(2, 1e-3);
        afterTwo.RecentGradeSum.ShouldBe(3, 1e-3);
        afterTwo.RecentCoverageWeight.ShouldBe(2, 1e-3);
        (await Standing()).IsWeak.ShouldBeTrue();

        await client.PostFormAsync("/Practice?handler=Undo", [], "/Practice");
        var undone = Card();
        undone.RecentWeight.ShouldBe(1, 1e-12);
        undone.RecentGradeSum.ShouldBe(1, 1e-12);
        undone.RecentAt.ShouldBe(afterOne.RecentAt);
        (await Standing()).IsWeak.ShouldBeFalse();

        // Cards reviewed before the sums were kept have none; start-up fills them from the logs.
        await client.PractiseOneAsync("Hard", "still no idea");
        var kept = Card();
        app.WithDb(db => db.Cards.Where(c => c.UserId == userId).ExecuteUpdate(set => set
            .SetProperty(c => c.RecentWeight, 0).SetProperty(c => c.RecentGradeSum, 0)
            .SetProperty(c => c.RecentCoverageWeight, 0).SetProperty(c => c.RecentCoverageSum, 0)
            .SetProperty(c => c.RecentAt, (DateTimeOffset?)null)));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        var rebuilt = Card();
        rebuilt.RecentWeight.ShouldBe(kept.RecentWeight, 1e-9);
        rebuilt.RecentGradeSum.ShouldBe(kept.RecentGradeSum, 1e-9);
        rebuilt.RecentCoverageWeight.ShouldBe(kept.RecentCoverageWeight, 1e-9);
        rebuilt.RecentCoverageSum.ShouldBe(kept.RecentCoverageSum, 1e-9);
        rebuilt.RecentAt.ShouldBe(kept.RecentAt);
    }

    [Fact]
    public async Task A_double_submitted_rating_counts_once()
    {
        var client = await new AppClient(app).RegisterAsync();
        var questionId = (await client.CurrentQuestionAsync())!;
        var attemptPath = await client.RevealAsync(questionId, "double submit");

        var token = AppClient.AntiforgeryToken(await client.GetHtmlAsync(attemptPath))!;
        HttpResponseMessage Post(string rating) => client.Http.PostAsync(attemptPath + "?handler=Rate", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Rating"] = rating, ["__RequestVerificationToken"] = token })).Result;

        Post("Good").StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = Post("Again");

        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetHtmlAsync("/Practice")).ShouldContain("already rated");
        app.WithDb(db => db.ReviewLogs.Where(r => r.Answer == "double submit").Select(r => r.Rating).ToList()).ShouldBe([Rating.Good]);
    }

    [Fact]
    public async Task A_question_rated_Again_comes_back_after_its_learning_step_and_due_reviews_come_back_days_later()
    {
        var client = await new AppClient(app).RegisterAsync();
        var again = await client.PractiseOneAsync("Again");
        for (var i = 0; i < 7; i++)
        {
            await client.PractiseOneAsync("Easy");
        }

        (await client.CurrentQuestionAsync()).ShouldBeNull();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        (await client.CurrentQuestionAsync()).ShouldBe(again);
        await client.PractiseOneAsync("Easy");
        (await client.CurrentQuestionAsync()).ShouldBeNull();

        app.Clock.Advance(TimeSpan.FromDays(60));
        (await client.LoginAsync(client.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetHtmlAsync("/Practice");
        html.ShouldContain(">Review<");
        html.ShouldContain("0</strong> of 8 done today");
    }
}

public sealed class PracticeLoopOnSqlite(SqliteApp app) : PracticeLoopTests<SqliteApp>(app)
{
    private readonly SqliteApp _app = app;

    [Fact]
    public async Task An_acknowledged_review_survives_a_restart()
    {
        var client = await new AppClient(_app).RegisterAsync();
        await client.PractiseOneAsync("Hard", "durable answer");

        await using var restarted = new MLDrillFactory(Store.Sqlite, _app.DataDirectory);

        restarted.WithDb(db => db.ReviewLogs.Count(r => r.Answer == "durable answer")).ShouldBe(1);
    }
}

public sealed class PracticeLoopOnPostgres(PostgresApp app) : PracticeLoopTests<PostgresApp>(app);
