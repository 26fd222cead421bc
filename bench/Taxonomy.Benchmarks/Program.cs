using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project bench/Taxonomy.Benchmarks -- --filter '*'   (see README.md)
// In-process and short by default: the machine is small and shared, and the repository's build settings
// (central packages, artifacts path) get in the way of BenchmarkDotNet's generated projects.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
