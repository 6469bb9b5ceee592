package org.gdplayground.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The teacher of the class-load benchmark: one real headless Chromium (Debian's, through Playwright) that creates a
 * class at {@code /class}, sends it the students' scenario and keeps its dashboard open. A MutationObserver in the page
 * records, with the wall clock ({@code Date.now()}), every batch of DOM changes in {@code #students} and every change
 * of a row's step cell (nickname, step), which the benchmark reads at the end.
 */
final class Dashboard implements AutoCloseable {

    /** A row's step cell changed: when (epoch ms), whose row, which step it shows now. */
    record StepChange(long epochMillis, String nickname, int step) {
    }

    /** What the page recorded: DOM change batches in the table (epoch ms) and the step changes. */
    record Recording(long[] batches, List<StepChange> steps, int rows) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Installed once the dashboard is open: counts what changes in the students' table. */
    private static final String OBSERVER = """
            () => {
              const rec = window.__gdpBench = {batches: [], steps: [], last: new Map()};
              const table = document.querySelector('#students');
              const scan = () => {
                const now = Date.now();
                let changed = false;
                for (const tr of table.querySelectorAll('tbody tr')) {
                  const name = tr.children[0].textContent.trim();
                  const step = tr.children[2].textContent.trim();
                  if (step !== '' && rec.last.get(name) !== step) {
                    rec.last.set(name, step);
                    rec.steps.push([now, name, Number(step)]);
                    changed = true;
                  }
                }
                return changed;
              };
              new MutationObserver(() => { rec.batches.push(Date.now()); scan(); })
                .observe(table, {subtree: true, childList: true, characterData: true, attributes: true});
              scan();
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final Page page;
    private String code = "";

    Dashboard() {
        playwright = ChromiumStudents.playwright();
        browser = ChromiumStudents.launch(playwright, List.of());
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("en-US"))
                .newPage();
        page.setDefaultTimeout(60_000);
    }

    /** Creates a class at {@code /class} and returns its code; the dashboard stays open. */
    String createClass(URI base) {
        page.navigate(base.resolve("class?lang=en").toString());
        page.locator("#create-class").click();
        page.waitForURL(Pattern.compile(".*/class/[A-Z0-9]+\\?key=.*"));
        code = page.locator("#class-code").textContent().trim();
        return code;
    }

    /** Sends the class a playground link, as the teacher pastes it into {@code #class-scenario}. */
    void sendScenario(String link) {
        page.locator("#class-scenario input").fill(link);
        page.locator("#send-scenario").click();
        page.locator("#class-scenario-note").waitFor();
    }

    /** Starts recording the table's changes. */
    void observe() {
        page.evaluate(OBSERVER);
    }

    Recording recording() {
        String json = (String) page.evaluate("""
                () => JSON.stringify({batches: window.__gdpBench.batches, steps: window.__gdpBench.steps,
                  rows: document.querySelectorAll('#students tbody tr').length})""");
        JsonNode n = JSON.readTree(json);
        long[] batches = new long[n.path("batches").size()];
        for (int i = 0; i < batches.length; i++) {
            batches[i] = n.path("batches").get(i).asLong();
        }
        List<StepChange> steps = new ArrayList<>();
        for (JsonNode s : n.path("steps")) {
            steps.add(new StepChange(s.get(0).asLong(), s.get(1).asString(""), s.get(2).asInt()));
        }
        return new Recording(batches, steps, n.path("rows").asInt());
    }

    /** CPU time of the Chromium processes this benchmark started (descendants of this JVM), in nanoseconds. */
    static long browserCpuNanos() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    /** The class's code (after {@link #createClass}). */
    String code() {
        return code;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
