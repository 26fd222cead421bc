using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentMatch.Domain.Common;

namespace TalentMatch.Web.Pages.Account;

/// <summary>After login: each role starts on its own page.</summary>
[Authorize]
public sealed class HomeModel : PageModel
{
    public IActionResult OnGet() => User switch
    {
        _ when User.IsInRole(Roles.Candidate) => RedirectToPage("/Candidate/Profile"),
        _ when User.IsInRole(Roles.Employer) => RedirectToPage("/Employer/Index"),
        _ => RedirectToPage("/Index"),
    };
}
