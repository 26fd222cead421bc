using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentMatch.Domain.Candidates;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Persistence.Configurations;

public sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new CandidateId(value));
        builder.Property(c => c.UserId).HasConversion(id => id.Value, value => new UserId(value));
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.Property(c => c.DisplayName).HasMaxLength(Candidate.DisplayNameMaxLength).IsRequired();
    }
}
