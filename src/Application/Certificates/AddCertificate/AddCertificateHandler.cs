using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Application.Common.Rules;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Qualifications;
using TalentMatch.Domain.Qualifications.Rules;

namespace TalentMatch.Application.Certificates.AddCertificate;

public sealed class AddCertificateHandler(IApplicationDbContext db, ICurrentUser user,
    ILogger<AddCertificateHandler> logger) : ICommandHandler<AddCertificateCommand, string>
{
    public async ValueTask<string> Handle(AddCertificateCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Municipality))
        {
            throw new ForbiddenAccessException();
        }

        var code = CertificateCode.Create(command.Code);
        BusinessRules.Check(new CertificateCodeMustBeUnique(
            await db.Certificates.AnyAsync(c => c.Code == code, cancellationToken)));
        db.Certificates.Add(Certificate.Create(code, command.NameEn, command.NameNl));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Certificate {Code} added by {UserId}", code.Value, user.Id?.Value);
        return code.Value;
    }
}
