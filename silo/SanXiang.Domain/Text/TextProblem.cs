namespace SanXiang.Domain.Text;

public enum TextProblem
{
    None,
    TooLong,
    ForbiddenCharacter,
}
