namespace SanXiang.Domain.CaseFiles;

/// <summary>The fixed names inside a case-file zip (案卷); README.md in this folder describes the format.</summary>
public static class CaseFileLayout
{
    /// <summary>Bumped when a reader of the previous version could misread a new case file.</summary>
    public const int FormatVersion = 2;

    public const string Manifest = "manifest.json";
    public const string Events = "events.jsonl";
    public const string Proofs = "proofs.json";
    public const string Checkpoint = "checkpoint.txt";
    public const string PublicKey = "public-key.txt";
    public const string CaseHead = "case-head.json";

    /// <summary>The keys of the witnesses whose cosignatures the checkpoint carries, one line each: key name, a space, 04‖x‖y in hex.</summary>
    public const string WitnessKeys = "witness-keys.txt";
    public const string IndexDocument = "卷内目录.docx";
    public const string IndexJson = "index.json";
    public const string DocumentsFolder = "documents/";
    public const string EvidenceFolder = "evidence/";

    /// <summary>The algorithm of the file hashes in the manifest: the same content hash the blob store uses.</summary>
    public const string FileHashAlgorithm = "SM3";
}
