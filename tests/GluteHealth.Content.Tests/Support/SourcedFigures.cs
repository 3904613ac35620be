namespace GluteHealth.Content.Tests.Support;

/// <summary>
/// What each source in <c>../shared/seeds/</c> gives, so an article can be held to it: the exercises with
/// their doses, and the few other figures an article may repeat. An article's own additions (a clamshell
/// where a source only says "train the gluteus medius") carry no figures, so they are not listed.
/// </summary>
internal static class SourcedFigures
{
    /// <summary>The source file each article is written from (see the seeds' README).</summary>
    public static readonly IReadOnlyDictionary<string, string> SourceOfArticle = new Dictionary<string, string>
    {
        ["dead-butt-syndrome.md"] = "000",
        ["butt-cramps.md"] = "001",
        ["gluteus-medius-training.md"] = "002",
        ["sagging-butt-tight-hip-flexors.md"] = "003",
        ["butt-and-leg-twitches.md"] = "004",
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<SourcedExercise>> ExercisesBySource =
        new Dictionary<string, IReadOnlyList<SourcedExercise>>
        {
            // 000 names these, without a hold, repetition or set count.
            ["000"] =
            [
                new("squeeze your butt muscles while you sit", "Seated glute squeeze"),
                new("standing on one leg", "Standing on one leg"),
                new("body weight squats", "Bodyweight squat"),
                new("single leg squats", "Single-leg squat"),
            ],
            // 001 recommends warming up and stretching in general; it names no exercise.
            ["001"] = [],
            // 002 says to train the gluteus medius; its exercises were pictures on an outside site.
            ["002"] = [],
            ["003"] =
            [
                new("static hip flexor stretch", "Standing hip flexor stretch", "15 seconds"),
                new("single-leg hip extensions", "Single-leg hip extension", "5-10 seconds", "10-12 reps"),
            ],
            // 004 recommends deep breathing and gentle stretches in general, with no doses.
            ["004"] = [],
        };

    /// <summary>Figures a source gives that are not exercise doses.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> OtherFiguresBySource =
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["000"] = [],
            ["001"] = [],
            ["002"] = [],
            ["003"] = ["2-3 months"],
            ["004"] = ["7-8 hours"],
        };

    public static string SourceOf(string articleFile) => SourceOfArticle[articleFile];

    public static IReadOnlyList<SourcedExercise> ExercisesFor(string articleFile) => ExercisesBySource[SourceOf(articleFile)];

    /// <summary>Every figure the article's source gives: its exercises' doses and its other figures.</summary>
    public static IReadOnlySet<string> FiguresFor(string articleFile) =>
        ExercisesFor(articleFile).SelectMany(e => e.Doses).Concat(OtherFiguresBySource[SourceOf(articleFile)]).ToHashSet(StringComparer.Ordinal);
}
