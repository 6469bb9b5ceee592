package org.gdplayground.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gdplayground.dataset.CsvProblem.Code;

/**
 * Reads an uploaded CSV strictly: UTF-8 (a byte-order mark is skipped), comma-separated, LF, CRLF or CR line ends,
 * blank lines ignored, spaces around cells trimmed. The first non-blank line is the header (names may be quoted, a
 * quote inside written twice); every other line is a row of plain decimal numbers ({@code 12}, {@code -0.5},
 * {@code 1e-3}); the last column is the target. Nothing is interpreted beyond that: no formulas, no NaN or infinity
 * words, no thousands separators, no decimal commas, no hex. The first problem found is reported with its row (line
 * number) and column.
 */
public final class CsvDataParser {

    /** Hex characters of the SHA-256 kept as the data set's id. */
    public static final int ID_LENGTH = 16;
    /** Longest column name. */
    static final int MAX_NAME_LENGTH = 64;
    /** Largest magnitude of a value: squares and sums of 10,000 of them stay far from overflow. */
    static final double MAX_MAGNITUDE = 1e12;
    private static final int MAX_NUMBER_LENGTH = 64;
    private static final Pattern NUMBER = Pattern.compile("[+-]?+(\\d++(\\.\\d*+)?+|\\.\\d++)([eE][+-]?+\\d++)?+");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");

    private final DataLimits limits;

    public CsvDataParser(DataLimits limits) {
        this.limits = limits;
    }

    public DataLimits limits() {
        return limits;
    }

    /** True when {@code id} has the shape of a data set id (16 lower-case hex characters). */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** Parses and checks a file; throws the first problem found. */
    public ParsedData parse(byte[] bytes) throws CsvProblem {
        if (bytes.length > limits.maxBytes()) {
            throw CsvProblem.file(Code.TOO_LARGE, Integer.toString(limits.maxBytes()), Integer.toString(bytes.length));
        }
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i == lines.size()) {
            throw CsvProblem.file(Code.EMPTY);
        }
        int headerRow = i + 1;
        List<String> names = header(lines.get(i), headerRow);
        int columns = names.size();
        List<double[]> rows = new ArrayList<>();
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int row = i + 1;
            if (rows.size() == limits.maxRows()) {
                throw new CsvProblem(Code.TOO_MANY_ROWS, row, null, 0, "", Integer.toString(limits.maxRows()));
            }
            List<String> cells = split(line, row);
            if (cells.size() != columns) {
                throw new CsvProblem(Code.RAGGED, row, null, 0, "", Integer.toString(columns),
                        Integer.toString(cells.size()));
            }
            double[] values = new double[columns];
            for (int c = 0; c < columns; c++) {
                values[c] = number(cells.get(c), row, names.get(c), c + 1);
            }
            rows.add(values);
        }
        if (rows.isEmpty()) {
            throw new CsvProblem(Code.NO_ROWS, headerRow, null, 0, "");
        }
        int features = columns - 1;
        double[][] x = new double[rows.size()][features];
        double[] y = new double[rows.size()];
        StringBuilder canonical = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            canonical.append(c > 0 ? "," : "").append('"').append(names.get(c).replace("\"", "\"\"")).append('"');
        }
        canonical.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            double[] v = rows.get(r);
            System.arraycopy(v, 0, x[r], 0, features);
            y[r] = v[features];
            for (int c = 0; c < columns; c++) {
                canonical.append(c > 0 ? "," : "").append(Double.toString(v[c]));
            }
            canonical.append('\n');
        }
        String content = canonical.toString();
        return new ParsedData(names, x, y, content, hash(content));
    }

    /** The id of a canonical text: the first {@value #ID_LENGTH} hex characters of its SHA-256. */
    static String hash(String canonical) {
        return sha256(canonical).substring(0, ID_LENGTH);
    }

    /** The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex characters. */
    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String decode(byte[] bytes) throws CsvProblem {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // find the first bad byte's line for the message
            CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
            probe.decode(in, out, true);
            int bad = in.position();
            int row = 1;
            for (int k = 0; k < bad && k < bytes.length; k++) {
                if (bytes[k] == '\n') {
                    row++;
                }
            }
            throw new CsvProblem(Code.NOT_UTF8, row, null, 0, "");
        }
    }

    private List<String> header(String line, int row) throws CsvProblem {
        List<String> cells = split(line, row);
        if (cells.size() == 1 && (line.contains(";") || line.contains("\t"))) {
            throw new CsvProblem(Code.SEMICOLON, row, null, 0, line.trim());
        }
        if (cells.size() < 2) {
            throw new CsvProblem(Code.ONE_COLUMN, row, null, 0, line.trim());
        }
        if (cells.stream().allMatch(c -> isNumber(c))) {
            throw new CsvProblem(Code.NO_HEADER, row, null, 0, line.trim());
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c);
            if (name.isEmpty()) {
                throw new CsvProblem(Code.EMPTY_NAME, row, null, c + 1, "");
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw new CsvProblem(Code.LONG_NAME, row, null, c + 1, name, Integer.toString(MAX_NAME_LENGTH));
            }
            if (name.chars().anyMatch(Character::isISOControl)) {
                throw new CsvProblem(Code.BAD_NAME, row, null, c + 1, name.replaceAll("\\p{Cntrl}", "?"));
            }
            int earlier = names.indexOf(name);
            if (earlier >= 0) {
                throw new CsvProblem(Code.DUPLICATE_NAME, row, name, c + 1, name, Integer.toString(earlier + 1),
                        Integer.toString(c + 1));
            }
            names.add(name);
        }
        if (names.size() - 1 > limits.maxFeatures()) {
            throw new CsvProblem(Code.TOO_MANY_FEATURES, row, null, 0, "", Integer.toString(limits.maxFeatures()),
                    Integer.toString(names.size() - 1));
        }
        return names;
    }

    /**
     * Splits a line at commas; a cell may be quoted ({@code "a, b"}, a quote inside written twice). Cells are trimmed
     * and unquoted.
     */
    static List<String> split(String line, int row) throws CsvProblem {
        List<String> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            StringBuilder cell = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                int start = i;
                i++;
                boolean closed = false;
                while (i < n) {
                    char ch = line.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    cell.append(ch);
                    i++;
                }
                if (!closed) {
                    throw new CsvProblem(Code.UNCLOSED_QUOTE, row, null, cells.size() + 1, line.substring(start));
                }
                while (i < n && line.charAt(i) != ',') {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        throw new CsvProblem(Code.UNCLOSED_QUOTE, row, null, cells.size() + 1, line.substring(start));
                    }
                    i++;
                }
                cells.add(cell.toString().strip());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                cells.add(line.substring(i, end).strip());
                i = end;
            }
            if (i >= n) {
                return cells;
            }
            i++; // the comma
        }
    }

    private static boolean isNumber(String cell) {
        return cell.length() <= MAX_NUMBER_LENGTH && NUMBER.matcher(cell).matches();
    }

    private static double number(String cell, int row, String column, int columnNumber) throws CsvProblem {
        if (cell.isEmpty()) {
            throw new CsvProblem(Code.EMPTY_CELL, row, column, columnNumber, "");
        }
        if (!isNumber(cell)) {
            char first = cell.charAt(0);
            if (first == '=' || first == '@' || (cell.length() > 1 && (first == '+' || first == '-')
                    && !Character.isDigit(cell.charAt(1)) && cell.charAt(1) != '.')) {
                if (!NON_FINITE.matcher(cell).matches()) {
                    throw new CsvProblem(Code.FORMULA, row, column, columnNumber, cell);
                }
            }
            if (NON_FINITE.matcher(cell.toLowerCase(Locale.ROOT)).matches()) {
                throw new CsvProblem(Code.NOT_FINITE, row, column, columnNumber, cell);
            }
            throw new CsvProblem(Code.NOT_A_NUMBER, row, column, columnNumber, cell);
        }
        double v = Double.parseDouble(cell);
        if (!Double.isFinite(v)) {
            throw new CsvProblem(Code.NOT_FINITE, row, column, columnNumber, cell);
        }
        if (Math.abs(v) > MAX_MAGNITUDE) {
            throw new CsvProblem(Code.TOO_BIG, row, column, columnNumber, cell, "1e12");
        }
        return v + 0.0;
    }
}
