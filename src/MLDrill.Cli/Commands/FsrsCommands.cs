using System.CommandLine;
using System.Globalization;
using MLDrill.Domain.Scheduling;

namespace MLDrill.Cli.Commands;

/// <summary><c>mldrill fsrs …</c>: tools around the FSRS-6 scheduler.</summary>
public static class FsrsCommands
{
    private const string InputHeader = "card_id,review_time,rating";
    private const string OutputHeader = "card_id,review_time,rating,stability,difficulty,retrievability,scheduled_days,due";
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private const string NumberFormat = "0.########";

    // ISO-8601 with seconds (and an optional fraction) or minutes only; a missing offset means UTC.
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public static Command Create()
    {
        var command = new Command("fsrs", "FSRS-6 spaced repetition tools");
        command.Subcommands.Add(CreateReplay());
        return command;
    }

    private static Command CreateReplay()
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = $"CSV with header {InputHeader}: ISO-8601 UTC times, ratings 1 (Again) to 4 (Easy), no quoting",
            Required = true,
        };
        var noFuzz = new Option<bool>("--no-fuzz")
        {
            Description = "Schedule review intervals without fuzz",
        };

        var replay = new Command(
            "replay",
            "Replay a review log through the FSRS scheduler and print each card's state after every review, by card then time");
        replay.Options.Add(input);
        replay.Options.Add(noFuzz);
        replay.SetAction(parseResult => Replay(
            parseResult.GetValue(input)!,
            parseResult.GetValue(noFuzz),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return replay;
    }

    private static int Replay(FileInfo input, bool noFuzz, TextWriter output, TextWriter error)
    {
        var reviews = ReadReviews(input, error);
        if (reviews is null)
        {
            return 1;
        }

        var scheduler = new FsrsScheduler(SchedulerOptions.Default with { EnableFuzz = !noFuzz });
        output.WriteLine(OutputHeader);
        foreach (var (review, outcome) in ReviewReplay.Replay(reviews, scheduler))
        {
            var memory = outcome.After.Memory!.Value;
            output.WriteLine(string.Join(
                ',',
                review.CardId,
                Utc(review.ReviewTime),
                ((int)review.Rating).ToString(CultureInfo.InvariantCulture),
                Number(memory.Stability),
                Number(memory.Difficulty),
                outcome.RetrievabilityBefore is { } r ? Number(r) : "",
                Number(outcome.ScheduledDays),
                Utc(outcome.After.Due)));
        }

        return 0;
    }

    /// <summary>The reviews in the file, or null after writing every problem as <c>file:line: message</c>.</summary>
    private static List<ReviewEvent>? ReadReviews(FileInfo input, TextWriter error)
    {
        var name = input.ToString();
        if (!input.Exists)
        {
            error.WriteLine($"{name}: file not found");
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(input.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{name}: cannot read the file: {e.Message}");
            return null;
        }

        if (lines.Length == 0 || lines[0].Trim() != InputHeader)
        {
            var found = lines.Length == 0 ? "an empty file" : $"'{lines[0]}'";
            error.WriteLine($"{name}:1: expected the header '{InputHeader}', found {found}");
            return null;
        }

        var reviews = new List<ReviewEvent>();
        var valid = true;
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var problem = ParseReview(lines[i], out var review);
            if (problem is null)
            {
                reviews.Add(review!);
            }
            else
            {
                error.WriteLine($"{name}:{i + 1}: {problem}");
                valid = false;
            }
        }

        return valid ? reviews : null;
    }

    /// <summary>Null when the line is a valid review, else what is wrong with it.</summary>
    private static string? ParseReview(string line, out ReviewEvent? review)
    {
        review = null;
        var fields = line.Split(',').Select(field => field.Trim()).ToArray();
        if (fields.Length != 3)
        {
            return $"expected 3 fields ({InputHeader}), found {fields.Length}";
        }

        var (cardId, time, rating) = (fields[0], fields[1], fields[2]);
        if (cardId.Length == 0)
        {
            return "card_id is empty";
        }

        if (!DateTimeOffset.TryParseExact(
                time,
                TimeFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var reviewTime))
        {
            return $"review_time '{time}' is not an ISO-8601 UTC time such as 2024-05-01T09:30:00Z";
        }

        if (!int.TryParse(rating, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 4)
        {
            return $"rating '{rating}' must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)";
        }

        review = new ReviewEvent(cardId, reviewTime, (Rating)grade);
        return null;
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);
}
