using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MLDrill.Infrastructure.Data.Configurations;

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.ProblemId).HasMaxLength(80);
        builder.Property(s => s.Source).HasMaxLength(Domain.Coding.SourceRules.MaxBytes);
        builder.Property(s => s.ClaimedBy).HasMaxLength(64);
        builder.Property(s => s.Summary).HasMaxLength(500);
        builder.HasIndex(s => new { s.State, s.Id });
        builder.HasIndex(s => new { s.UserId, s.ProblemId, s.Id });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
