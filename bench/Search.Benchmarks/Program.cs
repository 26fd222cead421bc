using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/Search.Benchmarks -- --filter '*'   (see README.md)
// In-process and short: the machine is small and shared, the indexes (100,000 vacancies, 200,000 candidates) are
// built once per process and shared by every benchmark, and building them takes minutes, hence the long timeout.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true))
        .AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
