package org.gdplayground.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Class codes (short, read aloud), teacher keys and student tokens (secret), and their hashing. */
public final class Secrets {

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied (no I, L, O, 0, 1). */
    public static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 6;
    /** Random bytes in a teacher key or student token: 192 bits. */
    static final int KEY_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** A fresh secret: 192 random bits, URL-safe base64 (32 characters). */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code as typed (any case, spaces or dashes between) in its stored form, or null when it cannot be one. */
    public static @Nullable String normalizeCode(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String c = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (c.length() != CODE_LENGTH) {
            return null;
        }
        for (int i = 0; i < c.length(); i++) {
            if (CODE_ALPHABET.indexOf(c.charAt(i)) < 0) {
                return null;
            }
        }
        return c;
    }

    /** SHA-256 of a secret, lower-case hex (what the database keeps). */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /**
     * Whether {@code given} is the secret whose hash is {@code storedHash}; the comparison takes the same time wherever
     * the hashes differ ({@link MessageDigest#isEqual}). A missing secret never matches.
     */
    public static boolean matches(@Nullable String given, String storedHash) {
        if (given == null || given.isEmpty()) {
            // still spend a comparison, so a missing key is not told apart from a wrong one by timing
            MessageDigest.isEqual(sha256(""), HexFormat.of().parseHex(storedHash));
            return false;
        }
        return MessageDigest.isEqual(sha256(given), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
