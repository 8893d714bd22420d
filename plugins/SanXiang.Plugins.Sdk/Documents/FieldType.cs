namespace SanXiang.Plugins;

[GenerateSerializer]
public enum FieldType
{
    Text,
    MultilineText,
    Date,
    Money,
    Number,
}
