namespace SanXiang.Plugins;

/// <summary>执法环节 (DOMAIN.md glossary): what kind of step a procedure step is.</summary>
public enum CaseStepKind
{
    /// <summary>立案 / 启动</summary>
    Filing,

    /// <summary>调查 (including on-site inspection)</summary>
    Investigation,

    /// <summary>取证</summary>
    Evidence,

    /// <summary>审查</summary>
    Examination,

    /// <summary>告知 (陈述申辩)</summary>
    Notification,

    /// <summary>听证</summary>
    Hearing,

    /// <summary>法制审核</summary>
    LegalReview,

    /// <summary>集体讨论</summary>
    CollectiveDiscussion,

    /// <summary>决定</summary>
    Decision,

    /// <summary>送达</summary>
    Service,

    /// <summary>执行</summary>
    Execution,

    /// <summary>结案归档</summary>
    Closing,
}
