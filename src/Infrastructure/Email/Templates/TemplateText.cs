namespace TalentMatch.Infrastructure.Email.Templates;

/// <summary>The words of one template in one language; the layouts add the link and the signature.</summary>
public sealed record TemplateText(string Subject, string Heading, string Intro, string Action, string Closing);
