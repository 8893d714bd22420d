namespace SanXiang.Domain.Text;

/// <summary>What kind of text a field holds, which decides how it is normalised and what it may contain.</summary>
public enum TextShape
{
    /// <summary>One line of free text (a case title, a unit, a device): NFC, trimmed, no line breaks or tabs.</summary>
    Line,

    /// <summary>
    /// A person's or an organisation's name: as <see cref="Line"/>, with runs of spaces (the ideographic
    /// space U+3000 included) made one space, the lookalike dots of minority and foreign names
    /// (张·三, 张•三, 张・三) made the interpunct U+00B7, and no invisible format characters, so that
    /// two names that look alike are stored alike.
    /// </summary>
    Name,

    /// <summary>Free text over several lines (descriptions, reasons, document fields): NFC, CR LF made LF, tabs kept, trimmed.</summary>
    Paragraphs,

    /// <summary>
    /// An identifier a person types (a certificate number, an ID card number, a credit code): NFKC,
    /// so full-width Ａ１ is A1; letters, digits, spaces and hyphens only — no slashes, dots or
    /// control characters, since these values end up in keys and file names.
    /// </summary>
    Code,
}
