using TalentMatch.Infrastructure.Demo;
using TalentMatch.Web.Cli;

namespace TalentMatch.Web.AcceptanceTests.Cli;

public sealed class DemoDataCommandTests
{
    [Fact]
    public void TryParse_BenchmarkSizes_AreRead_AndConfigurationArgumentsLeftAlone()
    {
        var ok = DemoDataCommand.TryParse(
            ["--vacancies", "100000", "--Storage:DataDirectory=/tmp/x", "--candidates", "200000", "--seed", "7"],
            out var size, out var seed, out var error);

        ok.ShouldBeTrue(error);
        size.ShouldBe(new DemoSize(DemoSize.Default.Employers, 100_000, 200_000, DemoSize.Default.PastVacancies));
        seed.ShouldBe(7);
    }

    [Fact]
    public void TryParse_PastVacancies_SetsTheHistory()
    {
        DemoDataCommand.TryParse(["--past-vacancies", "0"], out var size, out _, out var error).ShouldBeTrue(error);

        size.PastVacancies.ShouldBe(0);
        size.AllCandidates.ShouldBe(DemoSize.Default.Candidates);
    }

    [Theory]
    [InlineData("--vacancies")]
    [InlineData("--vacancies", "many")]
    [InlineData("--candidates", "-5")]
    [InlineData("--employers", "20000000")]
    public void TryParse_BadNumbers_ExplainWhatIsExpected(params string[] args)
    {
        DemoDataCommand.TryParse(args, out _, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().ShouldContain("whole number");
    }

    [Fact]
    public void HostArguments_TurnDemoModeOffAndDropTheCommandName() =>
        DemoDataCommand.HostArguments(["demo-data", "--vacancies", "5"])
            .ShouldBe(["--vacancies", "5", "--Demo:Enabled=false"]);
}
