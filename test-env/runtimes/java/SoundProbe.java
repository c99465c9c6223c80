import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Mixer;

/**
 * Makes the JVM load libjsound.so (ALSA), as a program that uses javax.sound does, and prints what it got: the
 * mixers ALSA reports (none in a chroot without sound devices) and whether libjsound.so is mapped afterwards.
 */
public class SoundProbe {
  public static void main(String[] args) {
    Mixer.Info[] mixers = AudioSystem.getMixerInfo();
    System.out.println("AudioSystem.getMixerInfo(): " + mixers.length + " mixers");
    for (Mixer.Info m : mixers) System.out.println("  " + m.getName() + " (" + m.getVendor() + ")");
    String home = System.getProperty("java.home");
    StringBuilder b = new StringBuilder("JDK libraries mapped:");
    for (String p : JvmLoads.mapped()) if (p.startsWith(home)) b.append(' ').append(p.substring(home.length() + 1));
    System.out.println(b);
  }
}
