namespace SanXiang.Plugins;

public enum FieldType
{
    Text,
    MultilineText,
    Date,
    Money,
    Number,
}
