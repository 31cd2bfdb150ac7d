using Microsoft.AspNetCore.Mvc.RazorPages;
using MLDrill.Web.Hosting;

namespace MLDrill.Web.Features.Admin;

public sealed class ContentModel(ContentCatalog catalog) : PageModel
{
    public ContentCatalog Catalog => catalog;
}
