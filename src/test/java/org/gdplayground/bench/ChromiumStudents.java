package org.gdplayground.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real students for the class-load benchmark ({@code --chromium=N}): N pages of one headless Chromium (Debian's,
 * through Playwright), each in its own browser context (its own session), open the playground and click Play, so the
 * server does everything a real page asks of it (the grid's viewport and confirm round trips, the lease, the charts'
 * scripts) and not only what the simulated {@link Student} answers.
 *
 * <p>A script installed before the page's own stamps in the page, with {@code Date.now()}: push messages received on
 * the WebSocket that carry a UIDL answer ({@code "syncId"}; the same frames {@link Student} counts) with their
 * characters, and messages the page sends to the server (XHR and WebSocket). The benchmark counts those inside its
 * measurement window.
 */
final class ChromiumStudents implements AutoCloseable {

    /** One page's counters at one moment. */
    record Counters(long pushes, long pushChars, long sent) {
    }

    private static final String COUNTERS = """
            (() => {
              const c = window.__gdpLoad = {pushes: [], sent: [], log: []};
              const keep = (dir, d) => { c.log.push(dir + ' ' + String(d).slice(0, 1500)); if (c.log.length > 40) c.log.shift(); };
              const W = window.WebSocket;
              function Counted(url, protocols) {
                const ws = protocols === undefined ? new W(url) : new W(url, protocols);
                ws.addEventListener('message', e => {
                  if (typeof e.data === 'string') {
                    const n = e.data.split('"syncId"').length - 1;
                    if (n > 0) { const t = Date.now(); for (let i = 0; i < n; i++) c.pushes.push([t, e.data.length / n]); keep('<', e.data); }
                  }
                });
                const send = ws.send.bind(ws);
                ws.send = d => { c.sent.push(Date.now()); keep('>ws', d); return send(d); };
                return ws;
              }
              Counted.prototype = W.prototype;
              for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) { Counted[k] = W[k]; }
              window.WebSocket = Counted;
              const xsend = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (b) { c.sent.push(Date.now()); keep('>xhr', b); return xsend.call(this, b); };
            })()""";

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    ChromiumStudents() {
        playwright = playwright();
        // several pages play at once: none may be throttled as a background tab
        browser = launch(playwright, List.of("--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"));
    }

    /** Playwright without its browser download (the benchmarks use Debian's Chromium). */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless Debian Chromium ({@code CHROMIUM_BIN} or /usr/bin/chromium) with the flags of a closed network. */
    static Browser launch(Playwright playwright, List<String> extraArgs) {
        Path chromium = Paths.get(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("no Chromium at " + chromium + " (set CHROMIUM_BIN)");
        }
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"));
        args.addAll(extraArgs);
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(args));
    }

    /** Opens {@code n} pages of {@code base?query} (English), each in its own context, and clicks Play on each. */
    void openAndPlay(URI base, String query, int n) {
        for (int i = 0; i < n; i++) {
            BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                    .setLocale("en-US"));
            ctx.addInitScript(COUNTERS);
            Page page = ctx.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(base.resolve("?" + query + "&lang=en").toString());
            page.locator("#play").click();
            contexts.add(ctx);
            pages.add(page);
        }
    }

    int size() {
        return pages.size();
    }

    /**
     * Every page's counts between two wall-clock instants (epoch ms): the page stamps each message with
     * {@code Date.now()} as it comes, so reading the counters late (a busy machine) does not stretch the window.
     */
    List<Counters> counters(long fromEpochMillis, long toEpochMillis) {
        List<Counters> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) p.evaluate("""
                    ([from, to]) => {
                      const c = window.__gdpLoad;
                      const pushed = c.pushes.filter(x => x[0] >= from && x[0] < to);
                      return {pushes: pushed.length, pushChars: pushed.reduce((a, x) => a + x[1], 0),
                        sent: c.sent.filter(t => t >= from && t < to).length};
                    }""", List.of((double) fromEpochMillis, (double) toEpochMillis)); // Playwright passes no longs
            out.add(new Counters(num(m.get("pushes")), num(m.get("pushChars")), num(m.get("sent"))));
        }
        return out;
    }

    /** The last messages the first page received and sent (for --debug). */
    String log() {
        return pages.isEmpty() ? "" : String.valueOf(pages.get(0).evaluate("() => window.__gdpLoad.log.join('\\n')"));
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public void close() {
        for (BrowserContext c : contexts) {
            c.close();
        }
        browser.close();
        playwright.close();
    }
}
