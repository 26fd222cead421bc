using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

public sealed class ElasticsearchOptionsValidatorTests
{
    private static ElasticsearchOptions Valid() => new() { Uri = new Uri("https://search.internal:9200") };

    [Fact]
    public void Validate_UriOnly_Succeeds() =>
        new ElasticsearchOptionsValidator().Validate(null, Valid()).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_ApiKey_Succeeds() =>
        new ElasticsearchOptionsValidator().Validate(null, WithApiKey()).Succeeded.ShouldBeTrue();

    [Theory]
    [InlineData(null, "Uri")]
    [InlineData("ftp://search.internal", "Uri")]
    public void Validate_BadUri_Fails(string? uri, string expected)
    {
        var options = Valid();
        options.Uri = uri is null ? null : new Uri(uri);

        new ElasticsearchOptionsValidator().Validate(null, options).FailureMessage!.ShouldContain(expected);
    }

    [Fact]
    public void Validate_UsernameWithoutPassword_Fails()
    {
        var options = Valid();
        options.Username = "elastic";

        new ElasticsearchOptionsValidator().Validate(null, options).FailureMessage!.ShouldContain("together");
    }

    [Fact]
    public void Validate_ApiKeyAndPassword_Fails()
    {
        var options = WithApiKey();
        options.Username = "elastic";
        options.Password = "secret";

        new ElasticsearchOptionsValidator().Validate(null, options).FailureMessage!.ShouldContain("not both");
    }

    [Theory]
    [InlineData("TalentMatch")]
    [InlineData("-talentmatch")]
    [InlineData("talent match")]
    [InlineData("")]
    public void Validate_BadIndexPrefix_Fails(string prefix)
    {
        var options = Valid();
        options.IndexPrefix = prefix;

        new ElasticsearchOptionsValidator().Validate(null, options).FailureMessage!.ShouldContain("IndexPrefix");
    }

    [Fact]
    public void Validate_ZeroTimeout_Fails()
    {
        var options = Valid();
        options.RequestTimeout = TimeSpan.Zero;

        new ElasticsearchOptionsValidator().Validate(null, options).FailureMessage!.ShouldContain("RequestTimeout");
    }

    private static ElasticsearchOptions WithApiKey()
    {
        var options = Valid();
        options.ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";
        return options;
    }
}
