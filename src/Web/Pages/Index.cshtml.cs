using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentMatch.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
