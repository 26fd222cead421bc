using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Application.Certificates.AddCertificate;
using TalentMatch.Application.Certificates.ListCertificates;
using TalentMatch.Web.Infrastructure;

namespace TalentMatch.Web.Pages.Municipality;

/// <summary>The certificates and licences vacancies can require; the municipality adds to the shipped list.</summary>
public sealed class CertificatesModel(ISender sender) : PageModel
{
    [BindProperty]
    public CertificateInput Input { get; set; } = new();

    public IReadOnlyList<CertificateDto> Certificates { get; private set; } = [];

    [TempData]
    public string? Added { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certificates = await sender.Send(new ListCertificatesQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (ok, code) = await sender.TrySendForResultAsync(new AddCertificateCommand(Input.Code, Input.NameEn, Input.NameNl),
            ModelState, cancellationToken, ruleField: nameof(Input.Code));
        if (ok)
        {
            Added = code;
            return RedirectToPage();
        }

        Certificates = await sender.Send(new ListCertificatesQuery(), cancellationToken);
        return Page();
    }
}
