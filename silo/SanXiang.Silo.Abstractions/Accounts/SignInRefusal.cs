namespace SanXiang.Silo.Accounts;

[GenerateSerializer]
public enum SignInRefusal
{
    None,

    /// <summary>Wrong user name or password: one answer for both.</summary>
    WrongPassword,

    /// <summary>Too many wrong passwords in a row: no password is checked until the lock ends.</summary>
    Locked,

    /// <summary>The account was deactivated by an administrator.</summary>
    Disabled,

    /// <summary>Too many wrong passwords from one client address: decided by the web host before any account is asked.</summary>
    TooManyAttempts,
}
