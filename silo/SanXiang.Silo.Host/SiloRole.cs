namespace SanXiang.Silo.Host;

public enum SiloRole
{
    CoHosted,
    Client,
}
