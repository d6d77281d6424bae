package dev.cfscale.parse.deploy;

import dev.cfscale.discover.InputFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@code package.json} for {@link PackageManifest}: scripts (with their lines), privacy, exports, wrangler version. */
public final class PackageManifestReader {
  private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  private PackageManifestReader() {}

  /**
   * The manifest of {@code file}, or empty when it is missing or not JSON (a broken package.json is not this tool's
   * to report). {@code relativePath} names it in evidence; {@code directory} is its folder relative to the scan.
   */
  public static Optional<PackageManifest> read(Path file, String relativePath, String directory) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (JsonParser p = JSON.createParser(InputFiles.readString(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      List<WranglerCommand> commands = new ArrayList<>();
      List<ShellCommands.Copy> copies = new ArrayList<>();
      boolean privatePackage = false;
      boolean publishable = false;
      Optional<String> wrangler = Optional.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        switch (key) {
          case "scripts" -> scripts(p, relativePath, directory, commands, copies);
          case "private" -> privatePackage = value == JsonToken.VALUE_TRUE;
          case "exports", "files", "publishConfig", "module" -> {
            publishable = true;
            p.skipChildren();
          }
          case "dependencies", "devDependencies" -> {
            Optional<String> version = dependency(p, "wrangler");
            wrangler = version.isPresent() ? version : wrangler;
          }
          default -> p.skipChildren();
        }
      }
      return Optional.of(new PackageManifest(relativePath, commands, copies, publishable && !privatePackage, wrangler));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void scripts(JsonParser p, String source, String directory, List<WranglerCommand> out, List<ShellCommands.Copy> copies)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_STRING) {
        out.addAll(ShellCommands.parse(p.getText(), source, p.currentLocation().getLineNr(), directory));
        copies.addAll(ShellCommands.copies(p.getText(), directory));
      } else {
        p.skipChildren();
      }
    }
  }

  private static Optional<String> dependency(JsonParser p, String name) throws IOException {
    Optional<String> found = Optional.empty();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return found;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String dep = p.currentName();
      JsonToken value = p.nextToken();
      if (dep.equals(name) && value == JsonToken.VALUE_STRING) {
        found = Optional.of(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return found;
  }
}
