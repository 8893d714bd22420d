using GraphQL;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.GraphQL.Schema.Cases;

[Name("DiscussionAttendee")]
public sealed class DiscussionAttendeeNode(DiscussionAttendee attendee)
{
    public string Name => attendee.Name;

    public string Role => attendee.Role;

    public string Opinion => attendee.Opinion;
}
