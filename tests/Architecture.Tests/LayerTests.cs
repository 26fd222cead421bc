using System.Reflection;
using TalentMatch.Application.Common.Interfaces;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Architecture.Tests;

/// <summary>
/// The project references enforce the layers at build time; these tests keep them from being loosened unnoticed.
/// Each was seen to fail once by adding the forbidden dependency (see docs/decisions/0001).
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(IBusinessRule).Assembly;
    private static readonly Assembly Application = typeof(IApplicationDbContext).Assembly;
    private static readonly Assembly Infrastructure = typeof(ApplicationDbContext).Assembly;

    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary() =>
        Domain.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => name != "System.Runtime" && !name.StartsWith("System.", StringComparison.Ordinal)
                && name != "netstandard")
            .ShouldBeEmpty();

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("TalentMatch.Application")]
    [InlineData("TalentMatch.Infrastructure")]
    [InlineData("Mediator")]
    [InlineData("FluentValidation")]
    public void Domain_DoesNotDependOn(string prefix) => AssertNoReference(Domain, prefix);

    [Theory]
    [InlineData("TalentMatch.Infrastructure")]
    [InlineData("TalentMatch.Web")]
    [InlineData("Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData("Microsoft.EntityFrameworkCore.SqlServer")]
    [InlineData("Microsoft.Data.")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Lucene.Net")]
    [InlineData("Elastic.")]
    [InlineData("SendGrid")]
    [InlineData("MailKit")]
    [InlineData("MimeKit")]
    public void Application_DoesNotDependOn(string prefix) => AssertNoReference(Application, prefix);

    [Fact]
    public void Infrastructure_DoesNotDependOnWeb() => AssertNoReference(Infrastructure, "TalentMatch.Web");

    [Fact]
    public void Application_UsesTheDomain() =>
        Application.GetReferencedAssemblies().ShouldContain(a => a.Name == "TalentMatch.Domain");

    private static void AssertNoReference(Assembly assembly, string prefix) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .ShouldBeEmpty($"{assembly.GetName().Name} must not reference {prefix}*");
}
