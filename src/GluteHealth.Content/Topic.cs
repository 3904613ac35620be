namespace GluteHealth.Content;

/// <summary>One entry of the controlled topic list in <c>topics.yml</c>.</summary>
public sealed record Topic(string Key, string Name, string Description);
