package org.gdplayground.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Instant exploration's latency in a real headless Chromium (scripts/instant-latency-bench.sh): with instant=1, the
 * learning-rate slider is moved (its value set and an {@code input} event sent, as a drag does) and the time until the
 * whole new run is on screen is measured in the page: the status line's loss changed AND the contour got its replaced
 * path, then one animation frame (painted). Prints median and p95 in ms with the load average before and after.
 * Optionally saves screenshots of instant mode and of the derivative picture, 390 and 1366 px wide, en and ko.
 *
 * <p>Arguments: {@code --url=http://127.0.0.1:PORT/ [--samples=60] [--warmup=10] [--screenshots=DIR]}.
 */
public final class InstantLatencyBench {

    private static final String QUERY = "fn=rosenbrock&opt=momentum&lr=0.001&init=-1.5,2&steps=1000&instant=1";

    /** Moves the slider to exponent e and resolves with the ms until the new run is painted (−1: none in 5 s). */
    private static final String MEASURE = """
            (e) => new Promise(resolve => {
              const s = document.getElementById('lr-slider');
              const c = document.getElementById('contour');
              const st = document.getElementById('status');
              const before = st.getAttribute('data-loss');
              let appended = false, changed = false, done = false;
              const finish = v => { if (!done) { done = true; mo.disconnect(); delete c.append; resolve(v); } };
              const check = () => { if (appended && changed) {
                const t = performance.now() - t0; requestAnimationFrame(() => finish(performance.now() - t0 || t)); } };
              const orig = Object.getPrototypeOf(c).append;
              c.append = function (d) { const r = orig.call(this, d); appended = true; check(); return r; };
              const mo = new MutationObserver(() => {
                if (st.getAttribute('data-loss') !== before) { changed = true; check(); } });
              mo.observe(st, {attributes: true});
              const t0 = performance.now();
              s.value = e.toFixed(2);
              s.dispatchEvent(new Event('input', {bubbles: true}));
              s.dispatchEvent(new Event('change', {bubbles: true}));
              setTimeout(() => finish(-1), 5000);
            })""";

    private InstantLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080/";
        int samples = 60;
        int warmup = 10;
        Path shots = null;
        for (String a : args) {
            if (a.startsWith("--url=")) {
                url = a.substring(6);
            } else if (a.startsWith("--samples=")) {
                samples = Integer.parseInt(a.substring(10));
            } else if (a.startsWith("--warmup=")) {
                warmup = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--screenshots=")) {
                shots = Paths.get(a.substring(14));
            }
        }
        if (!url.endsWith("/")) {
            url += "/";
        }
        Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("no Chromium at " + chromium + " (set CHROMIUM_BIN)");
        }
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(url + "?" + QUERY + "&lang=en");
            page.waitForSelector("#status[data-step='1000']");
            page.waitForSelector("#lr-slider");
            String loadBefore = load();
            List<Double> ms = new ArrayList<>();
            int missed = 0;
            for (int i = 0; i < warmup + samples; i++) {
                double e = -3.30 + 0.01 * (i % 40); // lr 0.000501 … 0.00123, a new run each time
                double t = ((Number) page.evaluate(MEASURE, e)).doubleValue();
                page.waitForTimeout(60); // beyond the slider's 50-ms throttle: each change is measured alone
                if (i < warmup) {
                    continue;
                }
                if (t < 0) {
                    missed++;
                } else {
                    ms.add(t);
                }
            }
            String loadAfter = load();
            ms.sort(null);
            System.out.printf(Locale.ROOT, "instant lr change -> whole new run painted (%s, Chromium, %d samples, "
                    + "%d warm-up, %d missed)%n", QUERY, ms.size(), warmup, missed);
            if (!ms.isEmpty()) {
                System.out.printf(Locale.ROOT, "  median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n",
                        pct(ms, 50), pct(ms, 95), ms.getFirst(), ms.getLast());
            }
            System.out.println("  load average before: " + loadBefore + "  after: " + loadAfter);
            if (shots != null) {
                screenshots(browser, url, shots);
            }
        }
    }

    private static void screenshots(Browser browser, String url, Path dir) throws Exception {
        Files.createDirectories(dir);
        for (String lang : List.of("en", "ko")) {
            for (int w : List.of(390, 1366)) {
                Page p = browser.newContext(new Browser.NewContextOptions().setViewportSize(w, 900)).newPage();
                p.setDefaultTimeout(60_000);
                p.navigate(url + "?fn=rosenbrock&opt=momentum&lr=0.001&init=-1.5,2&steps=50000&instant=1&lang="
                        + lang);
                p.waitForSelector("#status[data-step='20000']");
                p.waitForTimeout(500);
                p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("instant-" + lang + "-" + w + ".png")));
                p.navigate(url + "?fn=textbook-quadratic&opt=sgd&lr=5&init=3&steps=20&lang=" + lang);
                p.waitForSelector("#derivative-picture svg");
                p.locator("#derivative").scrollIntoViewIfNeeded();
                p.waitForTimeout(300);
                p.locator("#curve").locator("xpath=..").screenshot(new com.microsoft.playwright.Locator
                        .ScreenshotOptions().setPath(dir.resolve("derivative-" + lang + "-" + w + ".png")));
                p.context().close();
            }
        }
        System.out.println("  screenshots in " + dir);
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String load() throws Exception {
        Path f = Paths.get("/proc/loadavg");
        return Files.exists(f) ? String.join(" ", List.of(Files.readString(f).trim().split(" ")).subList(0, 3))
                : "n/a";
    }
}
