using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Places;
using TalentMatch.Application.Taxonomy;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Employers;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Demo;

/// <summary>Writes generated demo data through the domain's own factories, in batches (100k+ rows stay fast).</summary>
public sealed partial class DemoDataWriter(ApplicationDbContext db, IPlaceDirectory places, ITaxonomy taxonomy,
    TimeProvider clock)
{
    public const int BatchSize = 1000;

    public async Task<IReadOnlyDictionary<int, Employer>> WriteEmployersAsync(IReadOnlyList<DemoEmployer> employers,
        IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var roleId = await RoleIdAsync(Roles.Employer, cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var written = new Dictionary<int, Employer>();
        foreach (var chunk in employers.Chunk(BatchSize))
        {
            foreach (var demo in chunk)
            {
                var (user, role) = DemoAccounts.Create(demo.OwnerEmail, roleId, "nl");
                var employer = Employer.Register(demo.Name, KvkNumber.Create(demo.KvkNumber), false, new UserId(user.Id), now);
                employer.UpdateDetails(employer.OwnerId, new EmployerDetails(demo.Name, [demo.Sector],
                    [places.Find(demo.PlaceName)!], demo.RecognisedSponsor, demo.RecognisedSponsor ? today : null,
                    demo.OffersHousing, demo.OffersHousing), today);
                db.Users.Add(user);
                db.UserRoles.Add(role);
                db.Employers.Add(employer);
                written[demo.Index] = employer;
            }

            await SaveBatchAsync(cancellationToken);
            progress?.Report(written.Count);
        }

        return written;
    }

    private async Task<Guid> RoleIdAsync(string role, CancellationToken cancellationToken) =>
        (await db.Roles.SingleAsync(r => r.Name == role, cancellationToken)).Id;

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
