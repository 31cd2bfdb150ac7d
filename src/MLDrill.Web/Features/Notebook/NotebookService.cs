using System.Text;
using Microsoft.EntityFrameworkCore;
using MLDrill.Domain.Questions;
using MLDrill.Domain.Scheduling;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Features.Practice;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Notebook;

/// <summary>A notebook entry with its question (null when the question left the bank).</summary>
public sealed record NotebookItem(NotebookEntry Entry, Question? Question, bool DueForRevisit);

/// <summary>
/// The user's notebook of tricky questions: entries come in by hand or automatically (a rating of Again or
/// Hard, or a typed answer covering under half the key points) and come back in the session once a week until
/// the user marks them understood.
/// </summary>
public sealed class NotebookService(AppDbContext db, ContentCatalog content, TodayViewCache todayCache, TimeProvider clock)
{
    /// <summary>A typed answer covering less than this share of the key points puts the question in the notebook.</summary>
    public const double LowCoverage = 0.5;

    /// <summary>An entry comes back for a revisit once it has not been revisited for this long.</summary>
    public static readonly TimeSpan RevisitAfter = TimeSpan.FromDays(7);

    /// <summary>Adds the question, or updates the note of an entry already there (a non-empty note replaces the old one).</summary>
    public async Task AddAsync(string userId, string questionId, string note, NotebookSource source, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.UserId == userId && n.QuestionId == questionId, cancellationToken);
        if (entry is null)
        {
            db.NotebookEntries.Add(new NotebookEntry
            {
                UserId = userId,
                QuestionId = questionId,
                Note = note.Trim(),
                Source = source,
                AddedAt = now,
                UpdatedAt = now,
            });
        }
        else if (!string.IsNullOrWhiteSpace(note))
        {
            entry.Note = note.Trim();
            entry.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records a rating in the notebook without saving (the caller saves with the review): a low rating or low
    /// coverage adds the question (or takes an understood entry back into the revisits); any rating of a
    /// notebook question counts as its revisit.
    /// </summary>
    public async Task TrackReviewAsync(string userId, string questionId, Rating rating, double? coverage, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var source = rating is Rating.Again or Rating.Hard ? NotebookSource.LowRating
            : coverage < LowCoverage ? NotebookSource.LowCoverage
            : (NotebookSource?)null;
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.UserId == userId && n.QuestionId == questionId, cancellationToken);
        if (entry is null)
        {
            if (source is { } automatic)
            {
                db.NotebookEntries.Add(new NotebookEntry { UserId = userId, QuestionId = questionId, Source = automatic, AddedAt = now, UpdatedAt = now });
            }

            return;
        }

        entry.RevisitedAt = now;
        if (source is not null)
        {
            entry.UnderstoodAt = null;
        }
    }

    /// <summary>Takes back what <see cref="TrackReviewAsync"/> added for a review that is being undone.</summary>
    public async Task UntrackReviewAsync(string userId, string questionId, DateTimeOffset reviewedAt, CancellationToken cancellationToken = default)
    {
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.UserId == userId && n.QuestionId == questionId, cancellationToken);
        if (entry is { Source: not NotebookSource.Manual, Note: "" } && entry.AddedAt == reviewedAt)
        {
            db.NotebookEntries.Remove(entry);
        }
    }

    public Task<bool> ContainsAsync(string userId, string questionId, CancellationToken cancellationToken = default) =>
        db.NotebookEntries.AnyAsync(n => n.UserId == userId && n.QuestionId == questionId, cancellationToken);

    /// <summary>Questions of entries not understood and not revisited for a week, longest waiting first.</summary>
    public async Task<IReadOnlyList<string>> DueForRevisitAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cutoff = now - RevisitAfter;
        var entries = await db.NotebookEntries.AsNoTracking()
            .Where(n => n.UserId == userId && n.UnderstoodAt == null && n.Source != NotebookSource.FailedProblem)
            .Select(n => new { n.QuestionId, Last = n.RevisitedAt ?? n.AddedAt })
            .ToListAsync(cancellationToken);
        return entries.Where(e => e.Last <= cutoff).OrderBy(e => e.Last).ThenBy(e => e.QuestionId, StringComparer.Ordinal).Select(e => e.QuestionId).ToList();
    }

    /// <summary>The user's entries with their questions, newest first.</summary>
    public async Task<IReadOnlyList<NotebookItem>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var entries = await db.NotebookEntries.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.UpdatedAt).ThenByDescending(n => n.Id)
            .ToListAsync(cancellationToken);
        var cutoff = clock.GetUtcNow() - RevisitAfter;
        return entries
            .Select(e => new NotebookItem(e, content.Bank.Find(e.QuestionId), e.UnderstoodAt is null && (e.RevisitedAt ?? e.AddedAt) <= cutoff))
            .ToList();
    }

    /// <summary>The items in <paramref name="area"/> and on <paramref name="topic"/> with every word of <paramref name="search"/> in the title, prompt, topics or note.</summary>
    public static IReadOnlyList<NotebookItem> Filter(IEnumerable<NotebookItem> items, string? area, string? topic, string? search)
    {
        var words = (search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items
            .Where(i => string.IsNullOrEmpty(area) || i.Question?.Area.Id == area)
            .Where(i => string.IsNullOrEmpty(topic) || i.Question?.Topics.Contains(topic) == true)
            .Where(i => words.All(w => Searchable(i).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private static string Searchable(NotebookItem item) =>
        $"{item.Question?.Title} {item.Question?.PromptMarkdown} {string.Join(' ', item.Question?.Topics ?? [])} {item.Entry.Note}";

    public async Task<bool> UpdateNoteAsync(string userId, long entryId, string note, CancellationToken cancellationToken = default)
    {
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.Id == entryId && n.UserId == userId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        entry.Note = note.Trim();
        entry.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks an entry understood (it leaves the weekly revisit) or, with <paramref name="understood"/> false, back in.</summary>
    public async Task<bool> SetUnderstoodAsync(string userId, long entryId, bool understood, CancellationToken cancellationToken = default)
    {
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.Id == entryId && n.UserId == userId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        entry.UnderstoodAt = understood ? clock.GetUtcNow() : null;
        await db.SaveChangesAsync(cancellationToken);
        todayCache.Invalidate(userId);
        return true;
    }

    public async Task<bool> RemoveAsync(string userId, long entryId, CancellationToken cancellationToken = default)
    {
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.Id == entryId && n.UserId == userId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        db.NotebookEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        todayCache.Invalidate(userId);
        return true;
    }

    /// <summary>The notebook as one Markdown document: each question's prompt, the user's note, and the model answer.</summary>
    public static string ToMarkdown(IEnumerable<NotebookItem> items, DateTimeOffset exportedAt)
    {
        var text = new StringBuilder();
        text.Append("# My MLDrill notebook\n\nExported ").Append(exportedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(".\n");
        foreach (var item in items)
        {
            var question = item.Question;
            text.Append("\n## ").Append(question?.Title ?? item.Entry.QuestionId).Append("\n\n");
            if (question is not null)
            {
                text.Append('*').Append(question.Area.Title).Append(" · ").Append(string.Join(", ", question.Topics)).Append("*\n\n");
                text.Append(question.PromptMarkdown.Trim()).Append("\n\n");
            }

            text.Append("Status: ").Append(item.Entry.UnderstoodAt is null ? "revisiting weekly" : "understood").Append("\n\n");
            if (!string.IsNullOrWhiteSpace(item.Entry.Note))
            {
                text.Append("### My notes\n\n").Append(item.Entry.Note.Trim()).Append("\n\n");
            }

            if (question is not null)
            {
                text.Append("### Model answer\n\n").Append(question.AnswerMarkdown.Trim()).Append('\n');
            }
        }

        return text.ToString();
    }
}
