using Microsoft.EntityFrameworkCore;
using TalentMatch.Domain.Qualifications;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>Adds the shipped reference data (certificates) that the database does not have yet; never removes.</summary>
public sealed class ReferenceDataSeeder(ApplicationDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var known = (await db.Certificates.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet();
        db.Certificates.AddRange(ShippedCertificates.All.Where(c => !known.Contains(c.Code))
            .Select(c => Certificate.Create(c.Code, c.NameEn, c.NameNl, shipped: true)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
