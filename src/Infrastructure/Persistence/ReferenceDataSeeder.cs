using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Matching;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Adds the shipped reference data the database does not have yet; never removes. Certificates are added by code;
/// gap resources only into an empty list, so the municipality's edits and deletions survive every start.
/// </summary>
public sealed class ReferenceDataSeeder(ApplicationDbContext db, TimeProvider? clock = null)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var known = (await db.Certificates.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet();
        db.Certificates.AddRange(ShippedCertificates.All.Where(c => !known.Contains(c.Code))
            .Select(c => Certificate.Create(c.Code, c.NameEn, c.NameNl, shipped: true)));
        if (!await db.GapResources.AnyAsync(cancellationToken))
        {
            db.GapResources.AddRange(ShippedGapResources.Create((clock ?? TimeProvider.System).GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
