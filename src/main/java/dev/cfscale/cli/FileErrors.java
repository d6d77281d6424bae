package dev.cfscale.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/**
 * A file the user named that cannot be written or read ({@code -o} into a missing folder, a read-only
 * folder) is an input error with a sentence, not an internal error: the file system's exception, found in
 * the cause chain, becomes "{@code FILE: no such folder}" and the like.
 */
final class FileErrors {
  private FileErrors() {}

  /** The sentence for a file-system failure in {@code e}'s cause chain, if there is one. */
  static Optional<String> sentence(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException f && f.getFile() != null) {
        return Optional.of(f.getFile() + ": " + reason(f));
      }
    }
    return Optional.empty();
  }

  private static String reason(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or folder (a folder on the way to it is missing?)";
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    return f.getReason() == null ? "cannot be read or written" : f.getReason();
  }
}
