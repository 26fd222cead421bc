using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Web.Infrastructure.TagHelpers;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>Renders the form building blocks with the app's own services, as a page with an <c>Input</c> model would.</summary>
public sealed class FormRendering(IServiceProvider services, string executingFilePath = "/Pages/Index.cshtml")
{
    public ModelStateDictionary ModelState { get; } = new();

    public FormPage Model { get; } = new();

    public IDocument Field(string expression, Action<FieldTagHelper> configure,
        params (string Name, string Value)[] attributes)
    {
        var viewContext = ViewContext(new NoView(), TextWriter.Null);
        var provider = services.GetRequiredService<ModelExpressionProvider>();
        var helper = ActivatorUtilities.CreateInstance<FieldTagHelper>(services);
        helper.ViewContext = viewContext;
        helper.For = provider.CreateModelExpression((ViewDataDictionary<FormPage>)viewContext.ViewData, expression);
        configure(helper);
        var output = new TagHelperOutput("tm-field", new TagHelperAttributeList(attributes.Select(a => new TagHelperAttribute(a.Name, a.Value))),
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(new TagHelperContext("tm-field", [], new Dictionary<object, object>(), "test"), output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    public async Task<IDocument> PartialAsync(string path)
    {
        var view = services.GetRequiredService<ICompositeViewEngine>().GetView(null, path, isMainPage: false).EnsureSuccessful([]).View!;
        await using var writer = new StringWriter();
        await view.RenderAsync(ViewContext(view, writer));
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    private ViewContext ViewContext(IView view, TextWriter writer)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor(), ModelState);
        var viewData = new ViewDataDictionary<FormPage>(services.GetRequiredService<IModelMetadataProvider>(), ModelState) { Model = Model };
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        return new ViewContext(action, view, viewData, tempData, writer, new HtmlHelperOptions()) { ExecutingFilePath = executingFilePath };
    }

    public sealed class FormPage
    {
        public FormInput Input { get; set; } = new();
    }

    public sealed class FormInput
    {
        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string? Notes { get; set; }

        public bool RememberMe { get; set; }
    }

    private sealed class NoView : IView
    {
        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }
}
