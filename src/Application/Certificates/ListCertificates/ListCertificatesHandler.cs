using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Common.Interfaces;

namespace TalentMatch.Application.Certificates.ListCertificates;

public sealed class ListCertificatesHandler(IApplicationDbContext db)
    : IQueryHandler<ListCertificatesQuery, IReadOnlyList<CertificateDto>>
{
    public async ValueTask<IReadOnlyList<CertificateDto>> Handle(ListCertificatesQuery query,
        CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var certificates = await db.Certificates.AsNoTracking().ToListAsync(cancellationToken);
        return [.. certificates
            .Select(c => new CertificateDto(c.Code.Value, c.Name(culture), c.NameEn, c.NameNl, c.Shipped))
            .OrderBy(c => c.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
    }
}
