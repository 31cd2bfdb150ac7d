using Microsoft.EntityFrameworkCore;

namespace MLDrill.Infrastructure.Data;

public static class CardQueries
{
    /// <summary>
    /// The user's cards on the given questions (the bank's: cards of retired questions are never shown). The ids
    /// go to the database as one array parameter, which SQLite and PostgreSQL match faster than hundreds of scalars.
    /// </summary>
    public static IQueryable<Card> OfUserOn(this IQueryable<Card> cards, string userId, IReadOnlyCollection<string> questionIds) =>
        cards.Where(c => c.UserId == userId && EF.Parameter(questionIds).Contains(c.QuestionId));
}
