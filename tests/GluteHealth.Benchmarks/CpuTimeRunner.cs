using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace GluteHealth.Benchmarks;

/// <summary>
/// Runs every [Benchmark] method (for each [ParamsSource] value) in a loop and reports the process's CPU time
/// per operation next to the wall time. Wall time counts the moments another process holds the core; CPU time
/// does not, so on a shared machine this is the number to compare. Setup and cleanup are BenchmarkDotNet's.
/// </summary>
internal static class CpuTimeRunner
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(double.Parse(
        Environment.GetEnvironmentVariable("CPU_TIME_WARMUP_SECONDS") ?? "8", CultureInfo.InvariantCulture));

    private static readonly TimeSpan Target = TimeSpan.FromSeconds(double.Parse(
        Environment.GetEnvironmentVariable("CPU_TIME_SECONDS") ?? "2", CultureInfo.InvariantCulture));

    public static async Task<int> RunAsync(Assembly assembly, string[] filters)
    {
        // The site benchmarks silence Console.Out while the site runs; the table goes to the real one.
        var output = Console.Out;
        output.WriteLine($"| {"benchmark",-42} | {"parameter",-30} | {"CPU us/op",10} | {"wall us/op",10} | {"ops",9} |");
        output.WriteLine($"|{new string('-', 44)}|{new string('-', 32)}|{new string('-', 12)}|{new string('-', 12)}|{new string('-', 11)}|");
        var types = assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            var methods = type.GetMethods()
                .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .Where(m => filters.Length == 0 || filters.Any(f => $"{type.Name}.{m.Name}".Contains(f, StringComparison.OrdinalIgnoreCase)))
                .ToArray();
            if (methods.Length == 0)
            {
                continue;
            }
            var parameter = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsSourceAttribute>() is not null);
            var values = parameter is null
                ? new object?[] { null }
                : ((IEnumerable<object>)type.GetProperty(parameter.GetCustomAttribute<ParamsSourceAttribute>()!.Name)!.GetValue(null)!).Cast<object?>().ToArray();
            foreach (var value in values)
            {
                var instance = Activator.CreateInstance(type)!;
                parameter?.SetValue(instance, value);
                await InvokeMarked<GlobalSetupAttribute>(instance);
                foreach (var method in methods)
                {
                    var (cpu, wall, ops) = await MeasureAsync(instance, method);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {type.Name + "." + method.Name,-42} | {value?.ToString() ?? "",-30} | {cpu,10:0.000} | {wall,10:0.000} | {ops,9} |"));
                }
                await InvokeMarked<GlobalCleanupAttribute>(instance);
            }
        }
        return 0;
    }

    private static async Task<(double CpuMicroseconds, double WallMicroseconds, long Operations)> MeasureAsync(object instance, MethodInfo method)
    {
        var operation = Compile(instance, method);
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < Warmup)
        {
            await operation();
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long operations = 0;
        var batch = 1;
        while (true)
        {
            for (var i = 0; i < batch; i++)
            {
                await operation();
            }
            operations += batch;
            process.Refresh();
            if (process.TotalProcessorTime - cpuBefore >= Target)
            {
                break;
            }
            batch = Math.Min(batch * 2, 1 << 20);
        }
        var cpu = process.TotalProcessorTime - cpuBefore;
        return (cpu.TotalMicroseconds / operations, wall.Elapsed.TotalMicroseconds / operations, operations);
    }

    private static Func<ValueTask> Compile(object instance, MethodInfo method)
    {
        if (typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            return () => new ValueTask((Task)method.Invoke(instance, null)!);
        }
        return () =>
        {
            GC.KeepAlive(method.Invoke(instance, null));
            return ValueTask.CompletedTask;
        };
    }

    private static async Task InvokeMarked<TAttribute>(object instance) where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            if (method.Invoke(instance, null) is Task task)
            {
                await task;
            }
        }
    }
}
