namespace SanXiang.Domain.Integrity;

internal sealed class Sha256ChainHashAlgorithm : ChainHashAlgorithm
{
    public override string Name => "SHA-256";

    public override int HashSize => 32;

    public override IncrementalHasher CreateHasher() => new Sha256IncrementalHasher();
}
