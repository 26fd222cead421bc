using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Certificates.AddCertificate;
using TalentMatch.Application.Certificates.ListCertificates;
using TalentMatch.Application.Common.Exceptions;
using TalentMatch.Application.UnitTests.Support;
using TalentMatch.Application.UnitTests.Vacancies;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.UnitTests.Certificates;

public sealed class AddCertificateHandlerTests : IDisposable
{
    private readonly VacancyFixture _f = new();

    private AddCertificateHandler Handler => new(_f.Db, _f.User, NullLogger<AddCertificateHandler>.Instance);

    [Fact]
    public async Task Handle_ByMunicipality_AddsUpperCasedCode_ListedInTheUsersLanguage()
    {
        _f.User.Roles.Add(Roles.Municipality);

        var code = await Handler.Handle(new AddCertificateCommand(" heftruck ", "Forklift truck", "Heftruck"), default);

        code.ShouldBe("HEFTRUCK");
        using (Culture.Use("nl"))
        {
            var list = await new ListCertificatesHandler(_f.Db).Handle(new ListCertificatesQuery(), default);
            var added = list.Single(c => c.Code == "HEFTRUCK");
            (added.Name, added.Shipped).ShouldBe(("Heftruck", false));
        }
    }

    [Fact]
    public async Task Handle_ByEmployer_IsForbidden() =>
        await Should.ThrowAsync<ForbiddenAccessException>(() =>
            Handler.Handle(new AddCertificateCommand("X", "X", "X"), default).AsTask());

    [Fact]
    public async Task Handle_ExistingCode_BreaksRule()
    {
        _f.User.Roles.Add(Roles.Municipality);

        (await Should.ThrowAsync<BusinessRuleException>(() =>
            Handler.Handle(new AddCertificateCommand("vca-basis", "Again", "Opnieuw"), default).AsTask()))
            .BrokenRule.Code.ShouldBe("CertificateCodeTaken");
        (await _f.Db.Certificates.CountAsync()).ShouldBe(14);
    }

    [Theory]
    [InlineData("", "Code")]
    [InlineData("has space", "Code")]
    [InlineData("ÄÖ", "Code")]
    public void Validator_BadCode_FailsOnCode(string code, string property) =>
        new AddCertificateValidator().Validate(new AddCertificateCommand(code, "Name", "Naam")).Errors
            .ShouldContain(e => e.PropertyName == property);

    [Fact]
    public void Validator_InDutch_GivesDutchMessage()
    {
        using var _ = Culture.Use("nl");

        new AddCertificateValidator().Validate(new AddCertificateCommand("a b", "Name", "Naam")).Errors
            .Single().ErrorMessage.ShouldStartWith("Een certificaatcode bestaat alleen uit");
    }

    public void Dispose() => _f.Dispose();
}
