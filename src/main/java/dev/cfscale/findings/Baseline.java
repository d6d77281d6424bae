package dev.cfscale.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings accepted when the tool was adopted. Matching is by {@link Finding#fingerprint()}, which
 * leaves out line numbers and wording, so a baseline survives edits that move code around.
 */
public final class Baseline {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = Set.copyOf(fingerprints);
  }

  public static Baseline empty() {
    return new Baseline(Set.of());
  }

  /**
   * A baseline written by {@link #write}, from its text ({@code file} names it in messages); a malformed one is a
   * {@link BaselineException}. Reading the file (a regular file, size capped) is the caller's: the command line reads
   * it like every other input it is given.
   */
  public static Baseline parse(String text, String file) throws BaselineException {
    try {
      JsonNode root = JSON.readTree(text);
      JsonNode list = root == null ? null : root.get("findings");
      if (list == null || !list.isArray()) {
        throw new BaselineException(file + ":1:1: not a cfscale baseline (no \"findings\" array)");
      }
      Set<String> prints = new HashSet<>();
      list.forEach(f -> prints.add(f.path("fingerprint").asText()));
      return new Baseline(prints);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new BaselineException(file + ":" + (at == null ? 1 : at.getLineNr()) + ":" + (at == null ? 1 : at.getColumnNr())
          + ": " + e.getOriginalMessage());
    }
  }

  /** Writes every finding's fingerprint (with rule, file and message for humans), atomically. */
  public static void write(Path file, List<Finding> findings) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "cfscale");
    root.put("formatVersion", 1);
    ArrayNode list = root.putArray("findings");
    findings.stream().sorted((a, b) -> a.fingerprint().compareTo(b.fingerprint())).forEach(f -> list.addObject()
        .put("ruleId", f.ruleId()).put("fingerprint", f.fingerprint()).put("file", f.location().file())
        .put("message", f.message()));
    Path absolute = file.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".cfscale-baseline", ".tmp");
    Files.writeString(temp, JSON.writeValueAsString(root) + "\n");
    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public boolean contains(Finding finding) {
    return fingerprints.contains(finding.fingerprint());
  }

  /** A baseline file that cannot be used; the message is a one-line {@code file:line:col: text}. */
  public static final class BaselineException extends Exception {
    public BaselineException(String message) {
      super(message);
    }
  }
}
