import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.internal.CLibrary;
import org.fusesource.jansi.internal.JansiLoader;

/**
 * A Jansi user. Debian's jansi.jar keeps the natives upstream packs in the jar for macOS only
 * (org/fusesource/jansi/internal/native/Mac/...), none for Linux: JansiLoader finds nothing for os.name/os.arch.
 * Jansi's own API degrades; a direct call of one of its native methods does not.
 */
public class JansiApp {
  public static void main(String[] args) {
    boolean loaded = JansiLoader.initialize();
    System.out.println("JansiLoader.initialize() = " + loaded + "; native library: " + JansiLoader.getNativeLibraryPath());
    AnsiConsole.systemInstall();
    System.out.println("AnsiConsole.out().getType() = " + AnsiConsole.out().getType());
    AnsiConsole.systemUninstall();
    System.out.println("CLibrary.isatty(1) = " + CLibrary.isatty(1));
  }
}
