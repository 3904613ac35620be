using Microsoft.Extensions.Logging;

namespace GluteHealth.Content.Tests.Support;

internal sealed record LogEntry(LogLevel Level, string Message);
