using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MLDrill.Infrastructure.Data.Configurations;

public sealed class NotebookEntryConfiguration : IEntityTypeConfiguration<NotebookEntry>
{
    public void Configure(EntityTypeBuilder<NotebookEntry> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.QuestionId).HasMaxLength(80);
        builder.HasIndex(n => new { n.UserId, n.QuestionId }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
