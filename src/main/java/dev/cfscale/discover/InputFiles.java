package dev.cfscale.discover;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way a file of the project is read: only a regular file (never a link, a device such as
 * {@code /dev/zero}, a pipe or a socket, which could point anywhere, never end, or block), never more than
 * a size cap, and, given the scanned root, never a file that resolves outside it. A refusal is an
 * {@link IOException} whose message is a sentence for the user, so every reader's existing handling of
 * unreadable files reports it.
 */
public final class InputFiles {
  /**
   * Largest project file read, in bytes (configs, sources, migrations, manifests); a file this large is
   * generated data, not something to audit. Override with {@code -Dcfscale.maxInputBytes=N}.
   */
  public static final long MAX_INPUT_BYTES = Long.getLong("cfscale.maxInputBytes", 16L << 20);

  private InputFiles() {}

  /** A refused or unreadable input file; the message is the reason, for a person. */
  public static final class RefusedFileException extends IOException {
    public RefusedFileException(String reason) {
      super(reason);
    }
  }

  /** {@code file}'s text, read as UTF-8, when it is a regular file of at most {@code maxBytes}. */
  public static String readString(Path file, long maxBytes) throws IOException {
    return decode(readBytes(file, maxBytes));
  }

  /** {@link #readString(Path, long)} with the default cap. */
  public static String readString(Path file) throws IOException {
    return readString(file, MAX_INPUT_BYTES);
  }

  /** {@link #readString(Path)}, refused when {@code file} resolves outside {@code root}. */
  public static String readString(Path root, Path file) throws IOException {
    checkInside(root, file);
    return readString(file);
  }

  /** Why {@code file} is not read, or nothing when it may be read under {@code root}. */
  public static void checkInside(Path root, Path file) throws IOException {
    if (!isInside(root, file)) {
      throw new RefusedFileException("is outside the scanned folder; cfscale reads only the project it audits");
    }
  }

  /**
   * Whether {@code path} stays under {@code root}, as written and after links are resolved (a missing
   * path is judged by its nearest existing folder).
   */
  public static boolean isInside(Path root, Path path) {
    Path rootAbs = root.toAbsolutePath().normalize();
    Path abs = path.toAbsolutePath().normalize();
    if (!abs.startsWith(rootAbs)) {
      return false;
    }
    try {
      Path rootReal = rootAbs.toRealPath();
      Path existing = abs;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      return existing == null || existing.toRealPath().startsWith(rootReal);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code file}'s bytes when it is a regular file (not a link) of at most {@code maxBytes}. */
  public static byte[] readBytes(Path file, long maxBytes) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new RefusedFileException("file not found");
    }
    if (attributes.isSymbolicLink()) {
      throw new RefusedFileException("is a symbolic link; cfscale does not follow links (one could point outside the project)");
    }
    if (attributes.isDirectory()) {
      throw new RefusedFileException("is a directory, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new RefusedFileException("is not a regular file (a device, a pipe or a socket); not read");
    }
    if (attributes.size() > maxBytes) {
      throw new RefusedFileException(tooLarge(attributes.size(), maxBytes));
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      // bounded even if the file grows after the size was read
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new RefusedFileException(tooLarge(bytes.length, maxBytes));
      }
      return bytes;
    } catch (java.nio.file.AccessDeniedException e) {
      throw new RefusedFileException("permission denied");
    }
  }

  private static String tooLarge(long size, long maxBytes) {
    return "file is " + size + " bytes; files larger than " + maxBytes + " bytes are not read";
  }

  /** UTF-8 text; a file that is not UTF-8 is refused with a sentence (not the decoder's "Input length = 1"). */
  private static String decode(byte[] bytes) throws IOException {
    try {
      return strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw new RefusedFileException("is not UTF-8 text; not read");
    }
  }

  /** {@code bytes} as UTF-8, refusing malformed input instead of replacing it; callers word the refusal. */
  public static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
