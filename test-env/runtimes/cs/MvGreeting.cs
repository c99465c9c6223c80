// A class library (MvGreeting.dll): a second assembly the program references, as applications ship them.
namespace MvDemo
{
    public static class Greeting
    {
        public static string Hello(string who) => "hello from CIL, " + who;
    }
}
