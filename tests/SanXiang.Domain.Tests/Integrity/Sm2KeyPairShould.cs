using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class Sm2KeyPairShould
{
    private static readonly byte[] Message = "sanxiang/fj-fz-scjg\n42\n"u8.ToArray();

    [Fact]
    public void SignSoThatItsPublicKeyVerifies()
    {
        var key = Sm2KeyPair.Generate();
        Assert.True(key.PublicKey.Verify(Message, key.Sign(Message)));
    }

    [Fact]
    public void ProduceSignaturesThatFailForAnotherMessageKeyOrUserId()
    {
        var key = Sm2KeyPair.Generate();
        var signature = key.Sign(Message);
        Assert.False(key.PublicKey.Verify([.. Message, 0], signature));
        Assert.False(Sm2KeyPair.Generate().PublicKey.Verify(Message, signature));
        Assert.False(key.PublicKey.Verify(Message, signature, userId: "8765432187654321"));
        Assert.True(key.PublicKey.Verify(Message, key.Sign(Message, "8765432187654321"), "8765432187654321"));
    }

    [Fact]
    public void RejectASignatureWithAnyByteChanged()
    {
        var key = Sm2KeyPair.Generate();
        var signature = key.Sign(Message);
        for (var i = 0; i < signature.Length; i++)
        {
            var tampered = signature.ToArray();
            tampered[i] ^= 0x01;
            Assert.False(key.PublicKey.Verify(Message, tampered), $"byte {i}");
        }

        Assert.False(key.PublicKey.Verify(Message, []));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("3003020101")]
    [InlineData("300602010102010")]
    [InlineData("30060201000201000000")]
    [InlineData("ffffffffffffffff")]
    public void TreatMalformedSignaturesAsInvalidRatherThanThrow(string hex)
    {
        var key = Sm2KeyPair.Generate();
        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
        Assert.False(key.PublicKey.Verify(Message, bytes));
    }

    [Fact]
    public void ComeBackFromItsExportedPrivateKey()
    {
        var key = Sm2KeyPair.Generate();
        var exported = key.ExportPrivateKey();
        Assert.Equal(32, exported.Length);
        var restored = Sm2KeyPair.FromPrivateKey(exported);
        Assert.Equal(key.PublicKey.ToHex(), restored.PublicKey.ToHex());
        Assert.True(key.PublicKey.Verify(Message, restored.Sign(Message)));
        Assert.Equal(key.PublicKey.ToHex(), Sm2KeyPair.FromPrivateKeyHex(key.ExportPrivateKeyHex()).PublicKey.ToHex());
    }

    [Fact]
    public void PublishItsPublicKeyAsHexOfTheUncompressedPoint()
    {
        var key = Sm2KeyPair.Generate();
        var hex = key.PublicKey.ToHex();
        Assert.Equal(130, hex.Length);
        Assert.StartsWith("04", hex, StringComparison.Ordinal);
        Assert.True(Sm2PublicKey.FromHex(hex).Verify(Message, key.Sign(Message)));
    }

    [Fact]
    public void PublishItsPublicKeyAsPemThatReadsBack()
    {
        var key = Sm2KeyPair.Generate();
        var pem = key.PublicKey.ToPem();
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pem, StringComparison.Ordinal);
        var read = Sm2PublicKey.FromPem(pem);
        Assert.Equal(key.PublicKey.ToHex(), read.ToHex());
        Assert.Equal(key.PublicKey.KeyId, read.KeyId);
        Assert.True(read.Verify(Message, key.Sign(Message)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("04")]
    [InlineData("zz")]
    public void RefusePublicKeysThatAreNotSm2Points(string hex) =>
        Assert.Throws<FormatException>(() => Sm2PublicKey.FromHex(hex));

    [Fact]
    public void RefuseAPointOffTheCurve()
    {
        var hex = Sm2KeyPair.Generate().PublicKey.ToHex();
        var offCurve = hex[..^1] + (hex[^1] == '0' ? '1' : '0');
        Assert.Throws<FormatException>(() => Sm2PublicKey.FromHex(offCurve));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54122")]
    [InlineData("fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123")]
    [InlineData("0102")]
    public void RefusePrivateKeysOutsideTheRangeGmT0003Allows(string hex) =>
        Assert.Throws<FormatException>(() => Sm2KeyPair.FromPrivateKeyHex(hex));

    [Fact]
    public void AcceptTheLargestPrivateKeyGmT0003Allows() =>
        Assert.NotNull(Sm2KeyPair.FromPrivateKeyHex("fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54121"));
}
