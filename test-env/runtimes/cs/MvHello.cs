// A CIL program: what the runtime reports about the process, a call into MvGreeting.dll, and a P/Invoke of libc
// (Mono maps "libc" to the system's C library through its dllmap, /etc/mono/config).
using System;
using System.Runtime.InteropServices;

static class MvHello
{
    [DllImport("libc")]
    static extern int getpid();

    static int Main(string[] args)
    {
        Console.WriteLine(MvDemo.Greeting.Hello(Environment.OSVersion.Platform.ToString()));
        Console.WriteLine("64-bit process: " + Environment.Is64BitProcess + ", process architecture: " + RuntimeInformation.ProcessArchitecture);
        Console.WriteLine("getpid() through P/Invoke: " + (getpid() > 0 ? "ok" : "failed"));
        return 0;
    }
}
