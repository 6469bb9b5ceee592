package org.gdplayground.lessons;

/** A lesson file that cannot be used; the message names the file, the place and what is wrong. */
public class LessonFormatException extends RuntimeException {

    public LessonFormatException(String message) {
        super(message);
    }
}
