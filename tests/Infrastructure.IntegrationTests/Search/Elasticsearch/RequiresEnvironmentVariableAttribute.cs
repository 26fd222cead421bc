namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// Marks a test class whose tests (inherited ones included) need a live service named by an environment variable.
/// xunit 2 takes a skip reason only from the attribute on each test method, and the contract suites' methods are
/// plain [Fact]s in a shared base class; <see cref="EnvironmentSkippingTestFramework"/> reads this attribute at
/// discovery and reports every test of the class as skipped, with the reason, when the variable is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresEnvironmentVariableAttribute(string variable, string service) : Attribute
{
    public string Variable { get; } = variable;

    public string Service { get; } = service;

    public string SkipReason => $"No {Service} in this environment: set {Variable} to run these tests.";

    public bool IsSatisfied => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));
}
