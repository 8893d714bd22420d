Console.WriteLine("usage: dotnet run --project tests/SanXiang.Benchmarks -c Release -- <benchmark>");
