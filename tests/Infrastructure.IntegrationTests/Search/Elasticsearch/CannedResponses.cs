using System.Globalization;
using TalentMatch.Infrastructure.Search.Elasticsearch;

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// Elasticsearch 9 response bodies as a cluster sends them (typed_keys on, as the client asks). Placeholders in
/// capitals (ID1, ID2, ...) are replaced, which keeps the JSON readable without escaping braces.
/// </summary>
public static class CannedResponses
{
    public static string Error(string type, int status) =>
        """{"error":{"root_cause":[{"type":"TYPE","reason":"boom"}],"type":"TYPE","reason":"boom"},"status":STATUS}"""
            .Replace("TYPE", type, StringComparison.Ordinal).Replace("STATUS", Number(status), StringComparison.Ordinal);

    public static string VacancySearch(Guid first, Guid second) => """
        {"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":42,"relation":"eq"},"max_score":7.5,"hits":[
           {"_index":"tm-vacancies-1","_id":"ID1","_score":7.5,
            "_source":{"location":{"lat":LAT,"lon":LON}},
            "highlight":{"titleNl":["Verpleegkundige"],"descriptionNl":["Zorg voor <mark>patiënten</mark> &amp; familie"]},
            "sort":[7.5,1769936400000,"ID1"]},
           {"_index":"tm-vacancies-1","_id":"ID2","_score":3.0,"_source":{},
            "highlight":{"descriptionEn":["Opening words without a match"],"titleEn":["<mark>Nurse</mark>"]},
            "sort":[3.0,1769936400000,"ID2"]}]},
         "aggregations":{
           "filter#sector":{"doc_count":42,"sterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
             "buckets":[{"key":"education","doc_count":12},{"key":"healthcare","doc_count":30}]}},
           "filter#occupationGroup":{"doc_count":42,"sterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
             "buckets":[{"key":"222","doc_count":42}]}},
           "filter#contract":{"doc_count":0,"sterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}},
           "filter#language":{"doc_count":42,"sterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
             "buckets":[{"key":"nl:B2","doc_count":40}]}},
           "filter#sponsorship":{"doc_count":42,"lterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
             "buckets":[{"key":1,"key_as_string":"true","doc_count":25},{"key":0,"key_as_string":"false","doc_count":17}]}}}}
        """.Replace("ID1", Id(first), StringComparison.Ordinal).Replace("ID2", Id(second), StringComparison.Ordinal)
        .Replace("LAT", Number(SearchSamples.Amsterdam.Latitude), StringComparison.Ordinal)
        .Replace("LON", Number(SearchSamples.Amsterdam.Longitude), StringComparison.Ordinal);

    public static string VacancySearchSortedByDistance(Guid id) => """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":1,"relation":"eq"},"max_score":null,"hits":[
           {"_index":"tm-vacancies-1","_id":"ID1","_score":null,"_source":{"location":{"lat":52.0,"lon":4.0}},
            "sort":[3.25,"ID1"]}]},
         "aggregations":{}}
        """.Replace("ID1", Id(id), StringComparison.Ordinal);

    public static string IdsOnly(params Guid[] ids) => """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"max_score":2.0,"hits":[HITS]}}
        """.Replace("HITS", string.Join(",", ids.Select(id =>
            """{"_index":"i","_id":"ID1","_score":2.0}""".Replace("ID1", Id(id), StringComparison.Ordinal))), StringComparison.Ordinal);

    public static string State(long count, string maxVersion) => """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":COUNT,"relation":"eq"},"max_score":null,"hits":[]},
         "aggregations":{"max#maxVersion":{"value":MAX}}}
        """.Replace("COUNT", Number(count), StringComparison.Ordinal).Replace("MAX", maxVersion, StringComparison.Ordinal);

    public static string Health(string status) =>
        """{"cluster_name":"c","status":"STATUS","timed_out":false,"number_of_nodes":1,"number_of_data_nodes":1,"active_primary_shards":1,"active_shards":1,"relocating_shards":0,"initializing_shards":0,"unassigned_shards":0,"unassigned_primary_shards":0,"delayed_unassigned_shards":0,"number_of_pending_tasks":0,"number_of_in_flight_fetch":0,"task_max_waiting_in_queue_millis":0,"active_shards_percent_as_number":100.0}"""
            .Replace("STATUS", status, StringComparison.Ordinal);

    public static string BulkOk(string operation, params Guid[] ids) => Bulk(false, ids.Select(id =>
        """{"OP":{"_index":"tm-vacancies-1","_id":"ID1","_version":1,"result":"created","status":201,"_seq_no":0,"_primary_term":1}}"""
            .Replace("OP", operation, StringComparison.Ordinal).Replace("ID1", Id(id), StringComparison.Ordinal)));

    public static string BulkWithFailure(Guid ok, Guid failed) => Bulk(true,
    [
        """{"index":{"_index":"tm-vacancies-1","_id":"ID1","_version":1,"result":"created","status":201,"_seq_no":0,"_primary_term":1}}"""
            .Replace("ID1", Id(ok), StringComparison.Ordinal),
        """{"index":{"_index":"tm-vacancies-1","_id":"ID2","status":400,"error":{"type":"document_parsing_exception","reason":"failed to parse field [salaryTo] of type [integer] in document with id 'ID2'. Preview of field's value: 'Verpleegkundige'"}}}"""
            .Replace("ID2", Id(failed), StringComparison.Ordinal),
    ]);

    public static string BulkDeleteNotFound(Guid id) => Bulk(false,
    [
        """{"delete":{"_index":"tm-vacancies-1","_id":"ID1","_version":1,"result":"not_found","status":404,"_seq_no":1,"_primary_term":1}}"""
            .Replace("ID1", Id(id), StringComparison.Ordinal),
    ]);

    public static string GetAlias(string alias, params string[] indices) =>
        "{" + string.Join(",", indices.Select(i => $"\"{i}\":{{\"aliases\":{{\"{alias}\":{{}}}}}}")) + "}";

    public const string Acknowledged = """{"acknowledged":true}""";

    private static string Bulk(bool errors, IEnumerable<string> items) =>
        """{"took":5,"errors":ERRORS,"items":[ITEMS]}"""
            .Replace("ERRORS", errors ? "true" : "false", StringComparison.Ordinal)
            .Replace("ITEMS", string.Join(",", items), StringComparison.Ordinal);

    private static string Id(Guid id) => DocumentIds.Format(id);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
