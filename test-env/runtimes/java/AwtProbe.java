import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;

/**
 * Makes the JVM load AWT's native libraries, as a program that uses java.awt does: libawt.so, then (from its
 * JNI_OnLoad) libawt_headless.so when headless, libawt_xawt.so (X11) otherwise; then draws a string into an image,
 * which loads libfontmanager.so (whose AWTFontDescent & co. come from libawt_headless/libawt_xawt, not from any
 * DT_NEEDED). Headless is the default on Linux when DISPLAY is unset; -Djava.awt.headless=false asks for X11.
 * Prints the JDK libraries mapped at the end (/proc/self/maps).
 */
public class AwtProbe {
  public static void main(String[] args) {
    System.out.println("java.awt.headless=" + System.getProperty("java.awt.headless")
        + " GraphicsEnvironment.isHeadless()=" + GraphicsEnvironment.isHeadless());
    Toolkit t = Toolkit.getDefaultToolkit();
    System.out.println("Toolkit: " + t.getClass().getName());
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.drawString("x", 2, 12);
    System.out.println("drawString: ok, font " + g.getFont().getFontName());
    g.dispose();
    String home = System.getProperty("java.home");
    StringBuilder b = new StringBuilder("JDK libraries mapped:");
    for (String p : JvmLoads.mapped()) if (p.startsWith(home)) b.append(' ').append(p.substring(home.length() + 1));
    System.out.println(b);
  }
}
