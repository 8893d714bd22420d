namespace SanXiang.Domain.Deadlines;

/// <summary>Whom a statutory period binds, which decides what "stricter" means for it.</summary>
public enum Binds
{
    /// <summary>The agency must act within it: a shorter period is stricter.</summary>
    Agency,

    /// <summary>The party has it as a right (the agency must wait it out): a longer period is stricter.</summary>
    Party,
}
