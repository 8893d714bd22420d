namespace SanXiang.Domain.Deadlines;

public enum DeadlineStatus
{
    Open,
    DueToday,
    Overdue,
}
