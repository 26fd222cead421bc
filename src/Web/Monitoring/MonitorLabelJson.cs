namespace TalentMatch.Web.Monitoring;

public sealed record MonitorLabelJson(string Key, string Label);
