namespace TalentMatch.Web;

/// <summary>Marker for texts used by page models and endpoints (Resources/SharedResource.nl.resx).</summary>
public sealed class SharedResource;
