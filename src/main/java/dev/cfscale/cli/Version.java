package dev.cfscale.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool version, from the build-filtered {@code cfscale.properties}. */
public final class Version implements CommandLine.IVersionProvider {

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/cfscale.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"cfscale " + current()};
  }
}
