using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework(
    "TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch.EnvironmentSkippingTestFramework",
    "TalentMatch.Infrastructure.IntegrationTests")]

namespace TalentMatch.Infrastructure.IntegrationTests.Search.Elasticsearch;

/// <summary>
/// xunit's own framework, except that tests of a class marked <see cref="RequiresEnvironmentVariableAttribute"/>
/// are reported skipped (with the attribute's reason) while its variable is unset. Every other class is discovered
/// exactly as before. Needed because xunit 2.9 has no dynamic skip and inherited [Fact]s cannot be re-attributed.
/// </summary>
public sealed class EnvironmentSkippingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnostics)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnostics)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation,
            IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var requirement = (testMethod.TestClass.Class as IReflectionTypeInfo)?.Type
                .GetCustomAttribute<RequiresEnvironmentVariableAttribute>();
            if (requirement is null || requirement.IsSatisfied
                || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, requirement.SkipReason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
