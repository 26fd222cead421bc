using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TalentMatch.Web.Infrastructure.TagHelpers;

/// <summary>
/// One form field in the NL Design System (Utrecht) form-field markup: label, hint, error message and control.
/// <code>
/// &lt;partial name="_ErrorSummary" /&gt;   (first thing in the form: lists all errors, linked to their fields)
/// &lt;tm-field asp-for="Input.Email" label="E-mail address" hint="We send a confirmation link." type="email" autocomplete="email" /&gt;
/// &lt;tm-field asp-for="Input.Password" label="Password" type="password" autocomplete="new-password" /&gt;
/// &lt;tm-field asp-for="Input.Motivation" label="Why this job?" type="textarea" rows="6" /&gt;
/// &lt;tm-field asp-for="Input.RememberMe" label="Stay logged in" type="checkbox" /&gt;
/// &lt;tm-field asp-for="Input.Sector" label="Sector" type="select" asp-items="Model.Sectors" option-label="Choose a sector" /&gt;
/// </code>
/// <list type="bullet">
/// <item><c>label</c>, <c>hint</c> and <c>option-label</c> are English keys, translated like <c>@L["..."]</c>: put the Dutch
/// text in the resx of the view that uses the tag (e.g. Resources/Pages/Account/Login.nl.resx). Without
/// <c>label</c> the property's display name is used.</item>
/// <item><c>type</c>: text (default), email, password, tel, url, number, date, search, textarea, checkbox, select.</item>
/// <item>Renders the <c>asp-validation-for</c> span (with <c>data-valmsg-for</c>) with id <c>{id}-error</c>, the hint
/// with id <c>{id}-hint</c>, <c>aria-describedby</c> pointing at both, and <c>aria-invalid="true"</c> when the
/// field has a ModelState error. The value round-trips like <c>asp-for</c> (never for passwords).</item>
/// <item>Any other attribute (<c>maxlength</c>, <c>inputmode</c>, <c>spellcheck</c>, <c>class</c>...) goes onto the control.</item>
/// </list>
/// </summary>
[HtmlTargetElement("tm-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator, IViewLocalizer localizer) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string? Label { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public int Rows { get; set; } = 5;

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName("option-label")]
    public string? OptionLabel { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ((IViewContextAware)localizer).Contextualize(ViewContext);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, generator.IdAttributeDotReplacement);
        var invalid = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        var checkbox = Type == "checkbox";

        var control = Control(invalid);
        foreach (var attribute in output.Attributes)
        {
            control.MergeAttribute(attribute.Name, TagHelperAttributeText.Of(attribute), replaceExisting: true);
        }

        var describedBy = string.Join(' ', new[] { Hint is null ? null : $"{id}-hint", invalid ? $"{id}-error" : null }.OfType<string>());
        SetIf(control, "aria-describedby", describedBy.Length > 0 ? describedBy : null);
        SetIf(control, "aria-invalid", invalid ? "true" : null);
        SetIf(control, "aria-required", For.Metadata.IsRequired && !checkbox ? "true" : null);
        SetIf(control, "autocomplete", Autocomplete);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--distanced"
            + (checkbox ? " utrecht-form-field--checkbox" : " utrecht-form-field--text")
            + (invalid ? " utrecht-form-field--invalid" : string.Empty));
        output.Content.AppendHtml(LabelFor(id, checkbox));
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<div class=\"utrecht-form-field-description utrecht-form-field__description\" id=\"{id}-hint\">");
            output.Content.Append(localizer.GetString(Hint).Value);
            output.Content.AppendHtml("</div>");
        }

        output.Content.AppendHtml(ErrorMessage(id, invalid));
        output.Content.AppendHtml("<div class=\"utrecht-form-field__input\">");
        output.Content.AppendHtml(control);
        if (checkbox)
        {
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
        }

        output.Content.AppendHtml("</div>");
    }

    private TagBuilder Control(bool invalid)
    {
        var (tag, css) = Type switch
        {
            "textarea" => (generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, Rows, 0, null), "utrecht-textarea utrecht-textarea--html-textarea"),
            "checkbox" => (generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, null, null), "utrecht-checkbox utrecht-checkbox--html-input"),
            "select" => (generator.GenerateSelect(ViewContext, For.ModelExplorer, OptionLabel is null ? null : localizer.GetString(OptionLabel).Value,
                For.Name, Items ?? [], allowMultiple: false, htmlAttributes: null), "utrecht-select utrecht-select--html-select"),
            "password" => (generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, null, null), "utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"),
            _ => (generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, Type == "date" ? "{0:yyyy-MM-dd}" : null, null), "utrecht-textbox utrecht-textbox--html-input"),
        };
        if (Type is not ("textarea" or "checkbox" or "select"))
        {
            tag.MergeAttribute("type", Type, replaceExisting: true);
        }

        tag.AddCssClass(css + (invalid ? $" {css.Split(' ')[0]}--invalid" : string.Empty));
        return tag;
    }

    private TagBuilder LabelFor(string id, bool checkbox)
    {
        var label = new TagBuilder("label");
        label.AddCssClass(checkbox ? "utrecht-form-label utrecht-form-label--checkbox" : "utrecht-form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label is null ? For.Metadata.GetDisplayName() : localizer.GetString(Label).Value);
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("utrecht-form-field__label");
        wrapper.InnerHtml.AppendHtml(label);
        return wrapper;
    }

    private IHtmlContent ErrorMessage(string id, bool invalid)
    {
        var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, null, "span", null);
        if (message is null)
        {
            return HtmlString.Empty;
        }

        message.Attributes["id"] = $"{id}-error";
        if (invalid)
        {
            message.AddCssClass("utrecht-form-field-error-message utrecht-form-field__error-message");
        }

        return message;
    }

    private static void SetIf(TagBuilder tag, string name, string? value)
    {
        if (value is not null)
        {
            tag.MergeAttribute(name, value, replaceExisting: true);
        }
    }
}
