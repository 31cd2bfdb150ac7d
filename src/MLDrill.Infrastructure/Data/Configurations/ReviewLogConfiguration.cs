using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MLDrill.Infrastructure.Data.Configurations;

public sealed class ReviewLogConfiguration : IEntityTypeConfiguration<ReviewLog>
{
    public void Configure(EntityTypeBuilder<ReviewLog> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.QuestionId).HasMaxLength(80);
        // Wide indexes on purpose: the plan, the topic standings and the dashboard read only these columns, so
        // SQLite and PostgreSQL answer them from the index without touching the rows.
        builder.HasIndex(r => new { r.UserId, r.ReviewedAt, r.QuestionId, r.Rating, r.Coverage });
        builder.HasIndex(r => new { r.UserId, r.LocalDay, r.QuestionId, r.Rating, r.PhaseBefore, r.DurationSeconds, r.Coverage });
        builder.HasIndex(r => r.AttemptId).IsUnique();
        builder.HasIndex(r => new { r.UserId, r.QuestionId, r.ReviewedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
