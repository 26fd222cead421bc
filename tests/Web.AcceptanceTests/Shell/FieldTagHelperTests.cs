using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Web.AcceptanceTests.Infrastructure;

namespace TalentMatch.Web.AcceptanceTests.Shell;

/// <summary>&lt;tm-field&gt; and the _ErrorSummary partial: Utrecht form-field markup with its ARIA links.</summary>
public sealed class FieldTagHelperTests(ShellWebFactory factory) : IClassFixture<ShellWebFactory>
{
    [Fact]
    public void Field_WithError_RendersErrorSpanAriaInvalidAndDescribedBy()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider);
        form.ModelState.SetModelValue("Input.Email", "not-an-address", "not-an-address");
        form.ModelState.AddModelError("Input.Email", "Enter a valid e-mail address.");

        var document = form.Field("Input.Email", f => (f.Label, f.Hint, f.Type, f.Autocomplete) =
            ("E-mail address", "We send a confirmation link.", "email", "email"), ("maxlength", "254"));

        document.QuerySelector("div.utrecht-form-field")!.ClassList.ShouldContain("utrecht-form-field--invalid");
        document.QuerySelector("label.utrecht-form-label")!.GetAttribute("for").ShouldBe("Input_Email");
        document.QuerySelector("label")!.TextContent.ShouldBe("E-mail address");
        var input = document.QuerySelector("input#Input_Email")!;
        input.GetAttribute("name").ShouldBe("Input.Email");
        input.GetAttribute("type").ShouldBe("email");
        input.GetAttribute("autocomplete").ShouldBe("email");
        input.GetAttribute("maxlength").ShouldBe("254");
        input.GetAttribute("value").ShouldBe("not-an-address");
        input.GetAttribute("aria-invalid").ShouldBe("true");
        input.GetAttribute("aria-describedby").ShouldBe("Input_Email-hint Input_Email-error");
        input.ClassList.ShouldContain("utrecht-textbox--invalid");
        document.QuerySelector("#Input_Email-hint")!.TextContent.ShouldBe("We send a confirmation link.");
        var error = document.QuerySelector("#Input_Email-error")!;
        error.GetAttribute("data-valmsg-for").ShouldBe("Input.Email");
        error.ClassList.ShouldContain("utrecht-form-field-error-message");
        document.FieldError("Input.Email").ShouldBe("Enter a valid e-mail address.");
    }

    [Fact]
    public void Field_WithoutError_HasNoAriaInvalidAndDescribedByHintOnly()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider);
        form.Model.Input.Email = "ana@example.org";

        var document = form.Field("Input.Email", f => (f.Label, f.Hint, f.Type) = ("E-mail address", "Your work address.", "email"));

        var input = document.QuerySelector("input#Input_Email")!;
        input.GetAttribute("value").ShouldBe("ana@example.org");
        input.HasAttribute("aria-invalid").ShouldBeFalse();
        input.GetAttribute("aria-describedby").ShouldBe("Input_Email-hint");
        document.QuerySelector("[data-valmsg-for='Input.Email']").ShouldNotBeNull();
        document.FieldError("Input.Email").ShouldBeNull();
    }

    [Fact]
    public void Field_Password_NeverEchoesTheValue()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider);
        form.ModelState.SetModelValue("Input.Password", "secret-value", "secret-value");
        form.ModelState.AddModelError("Input.Password", "Too short.");

        var document = form.Field("Input.Password", f => (f.Label, f.Type) = ("Password", "password"));

        var input = document.QuerySelector("input#Input_Password")!;
        input.GetAttribute("type").ShouldBe("password");
        input.HasAttribute("value").ShouldBeFalse();
        input.GetAttribute("aria-describedby").ShouldBe("Input_Password-error");
    }

    [Fact]
    public void Field_TextareaAndCheckbox_UseUtrechtControls()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider);

        var textarea = form.Field("Input.Notes", f => (f.Label, f.Type) = ("Notes", "textarea"));
        var checkbox = form.Field("Input.RememberMe", f => (f.Label, f.Type) = ("Stay logged in", "checkbox"));

        textarea.QuerySelector("textarea#Input_Notes.utrecht-textarea").ShouldNotBeNull();
        checkbox.QuerySelector("div.utrecht-form-field--checkbox input[type='checkbox']#Input_RememberMe.utrecht-checkbox").ShouldNotBeNull();
        checkbox.QuerySelector("input[type='hidden'][name='Input.RememberMe']").ShouldNotBeNull();
        checkbox.QuerySelector("label.utrecht-form-label--checkbox")!.GetAttribute("for").ShouldBe("Input_RememberMe");
    }

    [Fact]
    public void Field_InDutch_TranslatesLabelFromTheViewsResx()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider, "/Pages/Index.cshtml");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
        try
        {
            var document = form.Field("Input.Email", f => f.Label = "Log in");   // a key in Resources/Pages/Index.nl.resx

            document.QuerySelector("label")!.TextContent.ShouldBe("Inloggen");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task ErrorSummary_ListsErrorsLinkedToTheirFields()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider);
        form.ModelState.AddModelError(string.Empty, "This e-mail address is already registered.");
        form.ModelState.AddModelError("Input.Email", "Enter a valid e-mail address.");

        var document = await form.PartialAsync("/Pages/Shared/_ErrorSummary.cshtml");

        var summary = document.QuerySelector(".utrecht-alert--error")!;
        summary.GetAttribute("role").ShouldBe("alert");
        var items = summary.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        items.ShouldBe(["This e-mail address is already registered.", "Enter a valid e-mail address."]);
        summary.QuerySelector("a[href='#Input_Email']")!.TextContent.ShouldBe("Enter a valid e-mail address.");
    }

    [Fact]
    public async Task ErrorSummary_WhenValid_RendersNothing()
    {
        using var scope = factory.Services.CreateScope();
        var form = new FormRendering(scope.ServiceProvider);

        var document = await form.PartialAsync("/Pages/Shared/_ErrorSummary.cshtml");

        document.Body!.InnerHtml.Trim().ShouldBeEmpty();
    }
}
