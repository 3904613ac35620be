namespace GluteHealth.Web.Pages.Shared;

/// <summary>One step of the breadcrumb trail; the last step (the current page) has no link.</summary>
public sealed record Breadcrumb(string Name, string? Path);
