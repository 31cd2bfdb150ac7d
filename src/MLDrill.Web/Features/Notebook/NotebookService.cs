using Microsoft.EntityFrameworkCore;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Web.Features.Notebook;

/// <summary>The user's notebook of tricky questions.</summary>
public sealed class NotebookService(AppDbContext db, TimeProvider clock)
{
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

    public Task<bool> ContainsAsync(string userId, string questionId, CancellationToken cancellationToken = default) =>
        db.NotebookEntries.AnyAsync(n => n.UserId == userId && n.QuestionId == questionId, cancellationToken);

    public async Task<IReadOnlyList<NotebookEntry>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.NotebookEntries.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.UpdatedAt).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);

    public async Task<bool> RemoveAsync(string userId, long entryId, CancellationToken cancellationToken = default)
    {
        var entry = await db.NotebookEntries.SingleOrDefaultAsync(n => n.Id == entryId && n.UserId == userId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        db.NotebookEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
