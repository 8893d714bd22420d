namespace SanXiang.Plugins;

/// <summary>The two parts of a case file's 100 points (案卷评查): 20 for form, 80 for content (DOMAIN.md §10).</summary>
public enum EvaluationPart
{
    /// <summary>形式: documents complete, numbered, signed, sealed, filed in order.</summary>
    Form,

    /// <summary>内容: facts, evidence, basis, discretion, procedure, service, execution.</summary>
    Content,
}
