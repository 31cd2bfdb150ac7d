namespace MLDrill.Domain.Scheduling;

/// <summary>One value for each of the four ratings, looked up by rating.</summary>
public abstract record PerRating<T>(T Again, T Hard, T Good, T Easy)
{
    public T For(Rating rating) => rating switch
    {
        Rating.Again => Again,
        Rating.Hard => Hard,
        Rating.Good => Good,
        Rating.Easy => Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be 1 (Again) to 4 (Easy)."),
    };
}
