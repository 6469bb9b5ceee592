package org.gdplayground.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every lesson under {@code classpath:lessons/*.yaml}, read once and kept in list order. The file format is in
 * docs/recipes/add-a-lesson.md; a file that breaks it stops the app at start (and the tests) with a message naming the file,
 * the step and what is wrong.
 */
public final class LessonLibrary {

    static final String LOCATION = "classpath*:lessons/*.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> LESSON_KEYS = Set.of("id", "order", "source", "title", "summary", "steps");
    private static final Set<String> STEP_KEYS = Set.of("text", "scenario", "try", "check", "solution",
            "predict");
    private static final Set<String> CHECK_KEYS = Set.of("goal", "success", "reactions", "hint");

    private static volatile @Nullable LessonLibrary shared;

    private final List<Lesson> lessons;

    LessonLibrary(List<Lesson> lessons) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id))
                .toList();
    }

    /** The lessons shipped with the app (read on first use). */
    public static LessonLibrary get() {
        LessonLibrary l = shared;
        if (l == null) {
            l = load(LOCATION);
            shared = l;
        }
        return l;
    }

    static LessonLibrary load(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<Lesson> out = new ArrayList<>();
            for (Resource r : files) {
                String name = r.getFilename() == null ? "?" : r.getFilename();
                try (InputStream in = r.getInputStream()) {
                    out.add(parse(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            }
            return new LessonLibrary(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the lessons: " + e.getMessage(), e);
        }
    }

    public List<Lesson> all() {
        return lessons;
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Reads one lesson file; {@code fileName} must be {@code <id>.yaml}. */
    static Lesson parse(String fileName, java.io.Reader reader) {
        Object raw;
        try {
            raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (RuntimeException e) {
            throw new LessonFormatException(fileName + ": not valid YAML: " + e.getMessage());
        }
        Map<?, ?> m = map(raw, fileName);
        keys(m, LESSON_KEYS, fileName);
        String id = string(m.get("id"), fileName + ": id");
        if (!ID.matcher(id).matches() || !fileName.equals(id + ".yaml")) {
            throw new LessonFormatException(fileName + ": id '" + id + "' must be lower-case words joined by '-'"
                    + " and the file must be named <id>.yaml");
        }
        int order = m.get("order") instanceof Number n ? n.intValue() : 1000;
        Object stepsRaw = m.get("steps");
        if (!(stepsRaw instanceof List<?> list) || list.isEmpty()) {
            throw new LessonFormatException(fileName + ": 'steps' is a list of at least one step");
        }
        List<Lesson.Step> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            steps.add(step(list.get(i), fileName + " step " + (i + 1)));
        }
        return new Lesson(id, order, text(m.get("source"), fileName + ": source"), text(m.get("title"),
                fileName + ": title"), text(m.get("summary"), fileName + ": summary"), steps);
    }

    private static Lesson.Step step(Object raw, String where) {
        Map<?, ?> m = map(raw, where);
        keys(m, STEP_KEYS, where);
        String scenario = string(m.get("scenario"), where + ": scenario");
        if (!scenario.startsWith("/?") && !scenario.startsWith("/compare?") && !scenario.startsWith("/simplenet?")) {
            throw new LessonFormatException(where + ": scenario starts with /?, /compare? or /simplenet?, got "
                    + scenario);
        }
        Map<?, ?> c = map(m.get("check"), where + ": check");
        keys(c, CHECK_KEYS, where + ": check");
        List<Check.Reaction> reactions = new ArrayList<>();
        if (c.get("reactions") instanceof List<?> rs) {
            for (int i = 0; i < rs.size(); i++) {
                String w = where + ": reaction " + (i + 1);
                Map<?, ?> r = map(rs.get(i), w);
                keys(r, Set.of("when", "say"), w);
                reactions.add(new Check.Reaction(Condition.parse(r.get("when"), w), text(r.get("say"), w + ": say")));
            }
        } else if (c.get("reactions") != null) {
            throw new LessonFormatException(where + ": 'reactions' is a list");
        }
        Check check = new Check(Condition.parse(c.get("goal"), where + ": goal"),
                text(c.get("success"), where + ": success"), reactions, text(c.get("hint"), where + ": hint"));
        Object solution = m.get("solution");
        return new Lesson.Step(text(m.get("text"), where + ": text"), scenario, text(m.get("try"), where + ": try"),
                check, solution == null ? null : string(solution, where + ": solution"),
                m.get("predict") == null ? null : prediction(m.get("predict"), where + ": predict"));
    }

    private static Prediction prediction(Object raw, String where) {
        Map<?, ?> m = map(raw, where);
        keys(m, Set.of("question", "choices", "why"), where);
        if (!(m.get("choices") instanceof List<?> list) || list.size() < 2) {
            throw new LessonFormatException(where + ": 'choices' is a list of at least two of " + Prediction.CHOICES);
        }
        List<String> choices = new ArrayList<>();
        for (Object c : list) {
            String key = String.valueOf(c);
            if (!Prediction.CHOICES.contains(key) || choices.contains(key)) {
                throw new LessonFormatException(where + ": choice '" + key + "' must be one of "
                        + Prediction.CHOICES + ", each once");
            }
            choices.add(key);
        }
        return new Prediction(text(m.get("question"), where + ": question"), choices,
                m.get("why") == null ? null : text(m.get("why"), where + ": why"));
    }

    private static Text text(@Nullable Object raw, String where) {
        Map<?, ?> m = map(raw, where);
        keys(m, Set.of("en", "ko"), where);
        return new Text(string(m.get("en"), where + " (en)"), string(m.get("ko"), where + " (ko)"));
    }

    private static Map<?, ?> map(@Nullable Object raw, String where) {
        if (raw instanceof Map<?, ?> m) {
            return m;
        }
        throw new LessonFormatException(where + ": expected a map, got " + (raw == null ? "nothing" : raw));
    }

    private static void keys(Map<?, ?> m, Set<String> allowed, String where) {
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new LessonFormatException(where + ": unknown key '" + k + "' (known: "
                        + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private static String string(@Nullable Object raw, String where) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            throw new LessonFormatException(where + " is missing");
        }
        if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
            throw new LessonFormatException(where + " is text, got " + raw);
        }
        return String.valueOf(raw);
    }
}
