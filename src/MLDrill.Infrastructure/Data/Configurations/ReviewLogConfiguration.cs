using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MLDrill.Infrastructure.Data.Configurations;

public sealed class ReviewLogConfiguration : IEntityTypeConfiguration<ReviewLog>
{
    public void Configure(EntityTypeBuilder<ReviewLog> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.QuestionId).HasMaxLength(80);
        builder.HasIndex(r => new { r.UserId, r.ReviewedAt });
        builder.HasIndex(r => r.AttemptId).IsUnique();
        builder.HasIndex(r => new { r.UserId, r.QuestionId, r.ReviewedAt });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
