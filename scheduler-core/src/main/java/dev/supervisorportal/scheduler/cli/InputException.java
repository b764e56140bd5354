package dev.supervisorportal.scheduler.cli;

/** Input the command cannot work with; the CLI prints the message on one line and exits with 2. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
