using SanXiang.Tools.CaseFiles;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await VerifyCommand.RunAsync(args, Console.Out);
