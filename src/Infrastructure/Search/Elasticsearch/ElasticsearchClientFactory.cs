using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace TalentMatch.Infrastructure.Search.Elasticsearch;

/// <summary>One client per process (it pools connections); settings from validated <see cref="ElasticsearchOptions"/>.</summary>
public static class ElasticsearchClientFactory
{
    public static ElasticsearchClient Create(ElasticsearchOptions options)
    {
        var uri = options.Uri ?? throw new InvalidOperationException("Search:Elasticsearch:Uri is not set.");
        var settings = new ElasticsearchClientSettings(uri).RequestTimeout(options.RequestTimeout);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            settings = settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrWhiteSpace(options.Username))
        {
            settings = settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? string.Empty));
        }

        return new ElasticsearchClient(settings);
    }
}
