package org.gdplayground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;

/**
 * The documentation stays true to the code: the README is a front door that fits on a few screens, every relative
 * link in README.md and docs/ leads somewhere, no file cites a specification outside the repository, and the facts
 * most likely to drift are read back from the code — every {@code playground.*} property with its default
 * (docs/operations.md), every optimizer with its hyper-parameters and defaults (docs/conventions.md) and every REST
 * endpoint (docs/api.md).
 */
class DocsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /**
     * Documents written on other branches of the same round and linked from here; remove a name once its file is on
     * this branch (the test then checks the link like any other).
     */
    private static final Set<String> PENDING = Set.of();

    private static String read(String relative) throws IOException {
        return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    }

    private static List<Path> markdown() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void readmeIsAFrontDoor() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(lines.size()).as("README.md lines").isLessThanOrEqualTo(400);
        String readme = String.join("\n", lines);
        assertThat(readme).contains("./mvnw spring-boot:run", "./mvnw verify", "http://localhost:8080", "docs/");
    }

    @Test
    void noFileCitesASpecificationOutsideTheRepository() throws IOException {
        List<String> citing = new ArrayList<>();
        for (String dir : List.of("src", "scripts", "docs", ".ci")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".png") || name.endsWith(".jar") || p.equals(ROOT.resolve(
                            "src/test/java/org/gdplayground/DocsTest.java"))) {
                        continue;
                    }
                    String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                    if (text.contains("shared/CONVENTIONS") || text.contains("CONVENTIONS.md")) {
                        citing.add(ROOT.relativize(p).toString());
                    }
                }
            }
        }
        if (read("README.md").contains("CONVENTIONS.md")) {
            citing.add("README.md");
        }
        assertThat(citing).as("files citing CONVENTIONS.md (the conventions are docs/conventions.md)").isEmpty();
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndHeading() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        for (Path file : markdown()) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "");
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String relative = ROOT.relativize(resolved).toString().replace('\\', '/');
                if (!Files.exists(resolved)) {
                    if (!PENDING.contains(relative)) {
                        broken.add(ROOT.relativize(file) + " → " + target);
                    }
                    continue;
                }
                if (anchor != null && relative.endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(file) + " → " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(Path file) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        boolean code = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                code = !code;
            }
            if (!code && line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s+", "").strip().toLowerCase(java.util.Locale.ROOT);
                out.add(heading.replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-'));
            }
        }
        return out;
    }

    @Test
    void anchorsFollowGitHubsRule() throws IOException {
        Path tmp = Files.createTempFile("anchors", ".md");
        try {
            Files.writeString(tmp, "# A frame's path\n## 3-D surface\n```\n# not a heading\n```\n");
            assertThat(anchors(tmp)).containsExactlyInAnyOrder("a-frames-path", "3-d-surface");
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void everyPlaygroundPropertyIsDocumentedWithItsDefault() throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : read("src/main/resources/application.properties").split("\n")) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (!l.startsWith("#") && eq > 0 && l.startsWith("playground.")) {
                properties.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        assertThat(properties).isNotEmpty();
        String operations = read("docs/operations.md");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> p : properties.entrySet()) {
            // an empty default is written (empty)
            String row = "| `" + p.getKey() + "` | " + (p.getValue().isEmpty() ? "(empty)" : "`" + p.getValue() + "`")
                    + " |";
            if (!operations.contains(row)) {
                wrong.add(p.getKey() + "=" + p.getValue());
            }
        }
        assertThat(wrong).as("properties missing from docs/operations.md#properties, or with another default")
                .isEmpty();
    }

    @Test
    void everyOptimizerIsInTheConventionsWithItsHyperParametersAndDefaults() throws IOException {
        String conventions = read("docs/conventions.md");
        Map<String, String> rows = new HashMap<>();
        for (String line : conventions.split("\n")) {
            Matcher m = Pattern.compile("^\\| `([a-z]+)` \\| (.*?) \\|").matcher(line);
            if (m.find()) {
                rows.putIfAbsent(m.group(1), m.group(2));
            }
        }
        Pattern pair = Pattern.compile("([A-Za-z0-9]+) ([0-9][0-9.e+-]*)");
        List<String> wrong = new ArrayList<>();
        for (Optimizers.Descriptor d : Optimizers.all()) {
            String row = rows.get(d.key());
            if (row == null) {
                wrong.add(d.key() + ": no row");
                continue;
            }
            if (!conventions.contains("### " + d.key() + "\n")) {
                wrong.add(d.key() + ": no update-rule section");
            }
            Map<String, Double> given = new HashMap<>();
            Matcher m = pair.matcher(row);
            while (m.find()) {
                given.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            boolean inherits = row.startsWith("as ");
            for (ParamSpec s : d.specs()) {
                Double v = given.get(s.name());
                if (v == null && !inherits) {
                    wrong.add(d.key() + "." + s.name() + ": missing");
                } else if (v != null && v != s.def()) {
                    wrong.add(d.key() + "." + s.name() + ": " + v + " but the code says " + s.def());
                }
            }
            for (String name : given.keySet()) {
                if (d.specs().stream().noneMatch(s -> s.name().equals(name))) {
                    wrong.add(d.key() + "." + name + ": not a hyper-parameter of it");
                }
            }
        }
        assertThat(wrong).as("docs/conventions.md#optimizers against Optimizers.all()").isEmpty();
    }

    @Test
    void everyEndpointIsInTheApiDocument() throws IOException {
        String api = read("docs/api.md");
        Pattern mapping = Pattern.compile("@(Get|Post|Put|Delete|Patch)Mapping\\(\"([^\"]+)\"\\)");
        List<String> endpoints = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve("src/main/java/org/gdplayground/api"))) {
            for (Path p : s.filter(f -> f.toString().endsWith("Controller.java")).sorted().toList()) {
                String source = Files.readString(p, StandardCharsets.UTF_8);
                String base = source.contains("@RequestMapping(\"/api/v1\")") ? "/api/v1" : "";
                Matcher m = mapping.matcher(source);
                while (m.find()) {
                    endpoints.add(m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + base + m.group(2));
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(9);
        List<String> missing = endpoints.stream().filter(e -> !api.contains(e)).toList();
        assertThat(missing).as("endpoints missing from docs/api.md (written as `METHOD /path`)").isEmpty();
    }
}
