package dev.percept.cli;

/**
 * Bad input from the user: a malformed number, an unreadable file, a matrix that is not what the
 * command requires. The CLI turns it into exit code 2 and one stderr line {@code percept: ...}.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message says what is wrong and where (option, file, line, column) */
    public InputException(String message) {
        super(message);
    }

    /** @param message says what is wrong and where; @param cause the underlying error */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
