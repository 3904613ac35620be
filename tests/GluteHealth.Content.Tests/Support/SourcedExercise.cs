namespace GluteHealth.Content.Tests.Support;

/// <summary>
/// An exercise as a source names it, the heading an article gives it, and the figures (holds, repetitions,
/// sets) the source gives for it, written as <see cref="DoseFigures"/> reads them ("15 seconds", "10-12 reps").
/// </summary>
internal sealed record SourcedExercise(string SourceName, string Heading, params string[] Doses);
