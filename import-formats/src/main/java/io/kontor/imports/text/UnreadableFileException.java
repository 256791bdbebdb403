package io.kontor.imports.text;

/** The file as a whole cannot be read: the message says what it looks like and what was expected instead. */
public class UnreadableFileException extends RuntimeException {

    private final String file;

    public UnreadableFileException(String file, String message) {
        super(file == null ? message : file + ": " + message);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
