using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>One attendee of a collective discussion: name, post (职务) and what they said.</summary>
[Name("DiscussionAttendeeInput")]
public sealed class DiscussionAttendeeInput
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string Opinion { get; set; } = "";
}
