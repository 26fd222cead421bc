using TalentMatch.Application.Monitoring.Shared;

namespace TalentMatch.Web.Monitoring;

public sealed record MonitorRowJson(string Key, string Label, IReadOnlyList<MonitorCell> Cells);
