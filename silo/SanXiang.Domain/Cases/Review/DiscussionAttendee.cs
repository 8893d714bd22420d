namespace SanXiang.Domain.Cases.Review;

/// <summary>One of the agency's leaders (or others present) at a collective discussion: who, in what post, and what they said.</summary>
public sealed record DiscussionAttendee(string Name, string Role, string Opinion);
