namespace SanXiang.Silo.Accounts;

/// <summary>The front door a session was opened at.</summary>
[GenerateSerializer]
public enum SessionKind
{
    /// <summary>The console's cookie.</summary>
    Console,

    /// <summary>A bearer token from the API's <c>login</c>.</summary>
    Api,
}
