using GluteHealth.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MinimalRazorPages.Pages;

public sealed class ArticleModel(ContentSnapshot content) : PageModel
{
    public string Html { get; private set; } = "";

    public IActionResult OnGet(string slug)
    {
        if (content.FindArticle(slug) is not { } article)
        {
            return NotFound();
        }
        Html = article.Html;
        return Page();
    }
}
