using BenchmarkDotNet.Running;

namespace GluteHealth.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/GluteHealth.Benchmarks -- --filter '*'</c> runs BenchmarkDotNet; every
/// class carries [ShortRunJob] (pass <c>--job medium</c> for tighter intervals).
/// <c>-- --cpu-time [name filter]</c> runs the same benchmarks measuring the process's CPU time per operation
/// instead of wall time, which stays meaningful on a machine whose cores are shared with other work.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--cpu-time", .. var filters])
        {
            return await CpuTimeRunner.RunAsync(typeof(BenchmarkProgram).Assembly, filters);
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
