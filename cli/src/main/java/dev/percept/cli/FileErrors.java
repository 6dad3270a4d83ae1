package dev.percept.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Why a file operation failed, in words: the operating system's reason ({@code permission denied},
 * {@code no space left on device}, {@code read-only file system}) rather than the bare path that
 * {@link java.nio.file.FileSystemException#getMessage()} often is.
 */
final class FileErrors {

    private FileErrors() {
    }

    /** @return the reason of a failed file operation, lower case, without the path */
    static String reason(Throwable e) {
        if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "read-only file system";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return lower(((FileSystemException) e).getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lower(m);
    }

    /** "No space left on device" reads "no space left on device" inside a sentence. */
    private static String lower(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
