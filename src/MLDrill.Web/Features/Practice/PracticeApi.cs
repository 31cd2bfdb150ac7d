using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MLDrill.Domain.Grading;
using MLDrill.Domain.Practice;
using MLDrill.Domain.Scheduling;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Practice;

public sealed record TodayResponse(DateOnly Day, int Target, int Done, IReadOnlyList<QueueEntry> Queue);

public sealed record QueueEntry(string QuestionId, string Title, string Area, string Reason);

public sealed record RevealRequest(string? QuestionId, string? Answer, bool OutLoud);

public sealed record RevealResponse(long AttemptId, double? Coverage, IReadOnlyList<KeyPointResult> KeyPoints, string SuggestedRating, string ModelAnswerMarkdown);

public sealed record KeyPointResult(string Point, bool? Covered);

public sealed record RateRequest(string? Rating);

/// <summary>
/// JSON API of the practice loop, for the CLI and scripts. Cookie-authenticated; cross-site forms cannot call it,
/// since the auth cookie is SameSite=Lax and bodies must be application/json.
/// </summary>
public static class PracticeApi
{
    public static void MapPracticeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().RequireRateLimiting(HostingExtensions.PracticeRateLimit);
        api.MapGet("/today", GetTodayAsync);
        api.MapPost("/attempts", RevealAsync);
        api.MapPost("/attempts/{id:long}/rating", RateAsync);
        api.MapPost("/reviews/undo", UndoAsync);
    }

    private static async Task<Ok<TodayResponse>> GetTodayAsync(ClaimsPrincipal user, PracticeService practice)
    {
        var today = await practice.GetTodayAsync(UserId(user));
        var queue = today.Queue
            .Select(item => (item, question: practice.Bank.Find(item.QuestionId)))
            .Where(x => x.question is not null)
            .Select(x => new QueueEntry(x.item.QuestionId, x.question!.Title, x.question.Area.Id, x.item.Reason.ToString().ToLowerInvariant()))
            .ToList();
        return TypedResults.Ok(new TodayResponse(today.Day, today.Target, today.DoneToday, queue));
    }

    private static async Task<Results<Ok<RevealResponse>, ValidationProblem, ProblemHttpResult>> RevealAsync(
        RevealRequest request, ClaimsPrincipal user, PracticeService practice)
    {
        if (string.IsNullOrWhiteSpace(request.QuestionId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["questionId"] = ["questionId is required."] });
        }

        if ((request.Answer?.Length ?? 0) > PracticeSettings.MaxAnswerLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = [$"The answer is longer than {PracticeSettings.MaxAnswerLength} characters."] });
        }

        var question = practice.Bank.Find(request.QuestionId);
        if (question is null)
        {
            return TypedResults.Problem(title: "Unknown question", detail: $"No question has the id '{request.QuestionId}'.", statusCode: 404);
        }

        var id = await practice.RevealAsync(UserId(user), question, request.Answer ?? "", request.OutLoud, shownAt: null);
        var attempt = (await practice.FindAttemptAsync(UserId(user), id))!;
        var coverage = attempt.AnsweredOutLoud ? null : RubricGrader.Grade(attempt.Answer, question.KeyPoints);
        var keyPoints = question.KeyPoints.Select((k, i) => new KeyPointResult(k.Point, coverage?.KeyPoints[i].IsCovered)).ToList();
        var suggested = RatingSuggestion.Suggest(coverage?.Fraction, attempt.RevealedAt - attempt.ShownAt, question.Difficulty);
        return TypedResults.Ok(new RevealResponse(id, coverage?.Fraction, keyPoints, suggested.ToString(), question.AnswerMarkdown));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RateAsync(
        long id, RateRequest request, ClaimsPrincipal user, PracticeService practice)
    {
        if (!Enum.TryParse<Rating>(request.Rating, ignoreCase: true, out var rating) || !Enum.IsDefined(rating))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rating"] = ["rating must be Again, Hard, Good or Easy (or 1-4)."] });
        }

        return await practice.RateAsync(UserId(user), id, rating, new Reflections(null, null, null)) switch
        {
            RateResult.Rated => TypedResults.NoContent(),
            RateResult.AlreadyRated => TypedResults.Problem(title: "Already rated", detail: "This attempt was already rated; undo it first.", statusCode: 409),
            _ => TypedResults.Problem(title: "Unknown attempt", detail: $"No attempt {id} of yours exists.", statusCode: 404),
        };
    }

    private static async Task<Results<Ok<long>, ProblemHttpResult>> UndoAsync(ClaimsPrincipal user, PracticeService practice) =>
        await practice.UndoLastAsync(UserId(user)) is { } attemptId
            ? TypedResults.Ok(attemptId)
            : TypedResults.Problem(title: "Nothing to undo", detail: "You have no rating to undo.", statusCode: 404);

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
