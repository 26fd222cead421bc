using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// An empty form field binds as "" rather than null, so page models hand the use cases a string and the
/// validators (not a NullReferenceException) answer.
/// </summary>
public sealed class EmptyStringMetadataProvider : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
