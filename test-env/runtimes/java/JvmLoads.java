/**
 * Loads shared objects into this running JVM, as the JDK's own classes do (System.load of an absolute path), and
 * prints one JSON line per object: {"path":..,"ok":true} or {"path":..,"ok":false,"error":CLASS,"message":MESSAGE}.
 * The first line describes the JVM (os.name, os.arch, java.home, library paths). Objects are loaded in the order
 * given; a load that fails leaves nothing behind (dlopen failed), a load that works stays for the next ones.
 */
public class JvmLoads {
  public static void main(String[] args) {
    StringBuilder jvm = new StringBuilder("{\"jvm\":{");
    String[] props = {"os.name", "os.arch", "java.home", "java.vm.name", "java.version", "sun.boot.library.path", "java.library.path"};
    for (int i = 0; i < props.length; i++)
      jvm.append(i > 0 ? "," : "").append(q(props[i])).append(':').append(q(System.getProperty(props[i])));
    // What the launcher and the JVM loaded by themselves, before any of ours: every shared object mapped now.
    jvm.append(",\"mappedAtStart\":[");
    java.util.List<String> m = mapped();
    for (int i = 0; i < m.size(); i++) jvm.append(i > 0 ? "," : "").append(q(m.get(i)));
    System.out.println(jvm.append("]}}"));
    for (String p : args) {
      String line;
      try {
        System.load(p);
        line = "{\"path\":" + q(p) + ",\"ok\":true}";
      } catch (Throwable t) {
        line = "{\"path\":" + q(p) + ",\"ok\":false,\"error\":" + q(t.getClass().getName()) + ",\"message\":" + q(t.getMessage()) + "}";
      }
      System.out.println(line);
      System.out.flush();
    }
  }

  /** The shared objects mapped into this process (/proc/self/maps; QEMU emulates it for a foreign architecture). */
  static java.util.List<String> mapped() {
    java.util.TreeSet<String> s = new java.util.TreeSet<>();
    try {
      for (String l : java.nio.file.Files.readAllLines(java.nio.file.Paths.get("/proc/self/maps"))) {
        int i = l.indexOf('/');
        if (i >= 0 && (l.endsWith(".so") || l.contains(".so."))) s.add(l.substring(i));
      }
    } catch (Exception e) {
      s.add("(" + e + ")");
    }
    return new java.util.ArrayList<>(s);
  }

  static String q(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
