import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * A JNA user: calls getpid() through JNA, which makes JNA load its native part (libjnidispatch) first. With the
 * Debian jna.jar and no libjna-jni installed, JNA takes the copy packed in the jar under
 * com/sun/jna/<Platform.RESOURCE_PREFIX>/, extracts it to a temporary file and System.loads it.
 */
public class JnaApp {
  public static void main(String[] args) {
    System.out.println("os.name=" + System.getProperty("os.name") + " os.arch=" + System.getProperty("os.arch")
        + " Platform.RESOURCE_PREFIX=" + Platform.RESOURCE_PREFIX);
    int pid = NativeLibrary.getProcess().getFunction("getpid").invokeInt(new Object[0]);
    System.out.println("getpid() through JNA > 0: " + (pid > 0) + "; Native.POINTER_SIZE=" + Native.POINTER_SIZE
        + "; jnidispatch.path=" + System.getProperty("jnidispatch.path"));
  }
}
