package org.gdplayground.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated student: a browser tab that speaks Vaadin Flow's UIDL over HTTP (client to server, as the page's
 * {@code alwaysXhrToServer} asks) and receives pushes over Atmosphere's WebSocket transport ({@code length|json}
 * messages, split or joined across WebSocket frames). It answers what the browser's connectors answer: the grid's
 * {@code confirmUpdate} for every {@code $connector.confirm}, and {@code setViewportRange} as a grid scrolled to its
 * last row asks for new pages; it keeps its session cookie, sends heartbeats, and optionally renews a lease by a DOM
 * event. A frame is a push message that carries UIDL changes (or JavaScript to run) while the student plays.
 */
final class Student {

    /** What every student does the same way. */
    record Config(String query, @Nullable String leaseEvent, long leaseEveryMillis, long heartbeatOverrideSeconds,
            boolean gridFollow, boolean debug) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XSSI_GUARD = "for(;;);";
    private static final Pattern FRAMED = Pattern.compile("^(\\d+)\\|");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** vaadin-grid's default page size; the grid connector asks for whole pages. */
    private static final int GRID_PAGE = 50;
    /** Rows a browser shows of the step table (it scrolls to the last one on every frame). */
    private static final int GRID_VISIBLE_ROWS = 10;

    final int number;
    private final HttpClient http;
    private final URI base;
    private final Config config;
    private final ScheduledExecutorService timers;
    private final ExecutorService work;

    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private int uiId;
    private String csrf = "";
    private String pushId = "";
    private long heartbeatSeconds = 300;
    private final AtomicInteger syncId = new AtomicInteger(-1);
    private final ReentrantLock postLock = new ReentrantLock();
    private int clientId; // guarded by postLock
    private int promise; // guarded by postLock

    private final Map<String, JsonNode> constants = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, String>> listeners = new ConcurrentHashMap<>();
    private final Map<Integer, String> elementIds = new ConcurrentHashMap<>();
    private final Map<Integer, int[]> gridRanges = new ConcurrentHashMap<>();

    private @Nullable WebSocket ws;
    private final StringBuilder inbox = new StringBuilder(); // guarded by itself
    private final CompletableFuture<String> handshake = new CompletableFuture<>();
    private final ConcurrentLinkedQueue<ObjectNode> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private volatile boolean playing;
    private volatile boolean gone;

    private final Object frameLock = new Object();
    private long[] frameNanos = new long[1024]; // guarded by frameLock
    private int[] frameChars = new int[1024]; // guarded by frameLock
    private int frames; // guarded by frameLock

    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile @Nullable String firstError;

    Student(int number, HttpClient http, URI base, Config config, ScheduledExecutorService timers,
            ExecutorService work) {
        this.number = number;
        this.http = http;
        this.base = base;
        this.config = config;
        this.timers = timers;
        this.work = work;
    }

    // ---------------------------------------------------------------- the student's life

    /** Opens the page: bootstrap, push connection, navigation to the playground with the query. */
    void join() throws IOException, InterruptedException, TimeoutException {
        open("", config.query());
        if (playNode() < 0) {
            throw new IOException("no element with id \"play\" in the page");
        }
        startTimers();
    }

    /**
     * Joins a class as a student does: opens {@code /join/<code>}, types the nickname into {@code #nickname} (the
     * text field's value sync and its change event) and clicks {@code #join}, which opens the class's scenario in the
     * playground (a server-side navigation in the same UI).
     */
    void joinClass(String code, String nickname) throws IOException, InterruptedException, TimeoutException {
        open("join/" + code, "");
        int field = nodeWithId("nickname");
        int button = nodeWithId("join");
        if (field < 0 || button < 0) {
            throw new IOException("no #nickname or #join in /join/" + code);
        }
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field);
        sync.put("feature", 1); // the element's property map
        sync.put("property", "value");
        sync.put("value", nickname);
        post(rpcs(sync, event(field, "change", eventData(field, "change")),
                event(button, "click", eventData(button, "click"))), false);
        if (playNode() < 0) {
            throw new IOException("#join did not open the playground (refused?)");
        }
        startTimers();
    }

    private void open(String route, String query) throws IOException, InterruptedException, TimeoutException {
        HttpResponse<String> init = http.send(
                HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + enc(route) + "&query=" + enc(query)))
                        .timeout(REQUEST_TIMEOUT).headers(cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keepCookies(init);
        if (init.statusCode() != 200) {
            throw new IOException("init answered HTTP " + init.statusCode());
        }
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt(0);
        heartbeatSeconds = appConfig.path("heartbeatInterval").asLong(300);
        JsonNode uidl = appConfig.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString("");
        pushId = uidl.path("Vaadin-Push-ID").asString("");
        clientId = uidl.path("clientId").asInt(0);
        process(uidl, false, 0, System.nanoTime());

        String[] cookie = cookieHeader();
        ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).header(cookie[0], cookie[1])
                .buildAsync(pushUri(), new PushListener()).join();
        try {
            handshake.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("push handshake failed", e.getCause());
        }

        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        post(rpcs(event(1, "ui-navigate", data)), false);
    }

    private void startTimers() {
        long hb = config.heartbeatOverrideSeconds() > 0 ? config.heartbeatOverrideSeconds() : heartbeatSeconds;
        if (hb > 0) {
            tasks.add(timers.scheduleAtFixedRate(() -> work.execute(this::heartbeat), hb, hb, TimeUnit.SECONDS));
        }
        if (config.leaseEvent() != null) {
            long every = config.leaseEveryMillis();
            tasks.add(timers.scheduleAtFixedRate(this::renewLease, every, every, TimeUnit.MILLISECONDS));
        }
    }

    /** Clicks Play; frames count from here. */
    void play() {
        int node = playNode();
        playing = true;
        post(rpcs(event(node, "click", eventData(node, "click"))), false);
    }

    /** Leaves like a closing tab: UNLOAD beacon, then the push connection closes. */
    void leave() {
        stopTimers();
        post(JSON.createArrayNode(), true);
        gone = true;
        WebSocket w = ws;
        if (w != null) {
            w.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(t -> null);
        }
    }

    /** Vanishes like a killed browser: the sockets drop, nothing more is sent (no UNLOAD, no heartbeat). */
    void vanish() {
        gone = true;
        stopTimers();
        WebSocket w = ws;
        if (w != null) {
            w.abort();
        }
    }

    private void stopTimers() {
        synchronized (tasks) {
            tasks.forEach(t -> t.cancel(false));
            tasks.clear();
        }
    }

    private void heartbeat() {
        if (gone) {
            return;
        }
        try {
            HttpResponse<Void> r = http.send(
                    HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId)).timeout(REQUEST_TIMEOUT)
                            .headers(cookieHeader()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            keepCookies(r);
            if (r.statusCode() != 200) {
                error("heartbeat answered HTTP " + r.statusCode());
            }
        } catch (IOException e) {
            error("heartbeat: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void renewLease() {
        String name = config.leaseEvent();
        if (gone || name == null) {
            return;
        }
        int node = nodeListeningTo(name);
        outbox.add(event(node, name, eventData(node, name)));
        scheduleFlush();
    }

    // ---------------------------------------------------------------- client to server

    /** Sends one UIDL request (one at a time per student, as the browser does) and handles its answer. */
    private void post(ArrayNode rpc, boolean unload) {
        postLock.lock();
        try {
            if (gone) {
                return;
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("csrfToken", csrf);
            body.set("rpc", rpc);
            body.put("syncId", syncId.get());
            body.put("clientId", clientId);
            if (unload) {
                body.put("UNLOAD", true);
            }
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId)).timeout(REQUEST_TIMEOUT)
                            .headers(cookieHeader()).header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            keepCookies(r);
            if (r.statusCode() != 200) {
                error("UIDL request answered HTTP " + r.statusCode());
                return;
            }
            clientId++;
            if (unload || r.body().isBlank()) {
                return;
            }
            JsonNode msg = parse(r.body());
            if (msg.has("clientId")) {
                clientId = msg.get("clientId").asInt(clientId);
            }
            process(msg, false, r.body().length(), System.nanoTime());
        } catch (IOException | JacksonException e) {
            if (!gone) {
                error("UIDL request: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            postLock.unlock();
        }
    }

    private void scheduleFlush() {
        if (!gone && flushScheduled.compareAndSet(false, true)) {
            try {
                work.execute(this::flush);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                flushScheduled.set(false);
            }
        }
    }

    /** Sends what the connectors queued (confirmations, viewport requests, lease renewals) in one request. */
    private void flush() {
        postLock.lock();
        try {
            flushScheduled.set(false);
            ArrayNode batch = JSON.createArrayNode();
            for (ObjectNode o; (o = outbox.poll()) != null;) {
                if (o.has("promise")) {
                    o.put("promise", promise++);
                }
                batch.add(o);
            }
            if (!batch.isEmpty()) {
                post(batch, false);
            }
        } finally {
            postLock.unlock();
        }
    }

    // ---------------------------------------------------------------- server to client

    /** Reads one server message: sync id, errors, the node tree bits the student needs, and the connectors' calls. */
    private void process(JsonNode msg, boolean pushed, int chars, long nanos) {
        int s = msg.path("syncId").asInt(-1);
        if (s >= 0) {
            syncId.accumulateAndGet(s, Math::max);
        }
        if (msg.path("resynchronize").asBoolean(false)) {
            error("server asked to resynchronize");
        }
        JsonNode meta = msg.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            error("server meta " + meta);
        }
        for (Map.Entry<String, JsonNode> c : msg.path("constants").properties()) {
            constants.put(c.getKey(), c.getValue());
        }
        JsonNode changes = msg.path("changes");
        for (JsonNode c : changes) {
            absorb(c);
        }
        JsonNode execute = msg.path("execute");
        for (JsonNode e : execute) {
            answer(e);
        }
        if (pushed && playing && (!changes.isEmpty() || !execute.isEmpty())) {
            synchronized (frameLock) {
                if (frames == frameNanos.length) {
                    frameNanos = Arrays.copyOf(frameNanos, frames * 2);
                    frameChars = Arrays.copyOf(frameChars, frames * 2);
                }
                frameNanos[frames] = nanos;
                frameChars[frames] = chars;
                frames++;
            }
        }
        if (!outbox.isEmpty()) {
            scheduleFlush();
        }
    }

    private void absorb(JsonNode c) {
        if (!"put".equals(c.path("type").asString(""))) {
            if ("remove".equals(c.path("type").asString("")) && c.path("feat").asInt(-1) == 4) {
                Map<String, String> l = listeners.get(c.path("node").asInt());
                if (l != null) {
                    l.remove(c.path("key").asString(""));
                }
            }
            return;
        }
        int node = c.path("node").asInt(-1);
        int feat = c.path("feat").asInt(-1);
        String key = c.path("key").asString("");
        JsonNode value = c.path("value");
        if (feat == 3 && key.equals("id") && value.isString()) { // element attribute "id"
            elementIds.put(node, value.asString());
        } else if (feat == 4 && value.isString()) { // element listener: event name → its data expressions
            listeners.computeIfAbsent(node, n -> new ConcurrentHashMap<>()).put(key, value.asString());
        }
    }

    /** Does what the browser's connectors do for a script the server runs. */
    private void answer(JsonNode e) {
        if (!e.isArray() || e.isEmpty()) {
            return;
        }
        String script = e.get(e.size() - 1).asString("");
        for (int i = 0; i < e.size() - 1; i++) {
            if (e.get(i).has("@v-return")) {
                unanswered.incrementAndGet(); // a return channel: not modelled (the playground uses none today)
            }
        }
        if (script.contains("$connector.confirm(") && e.size() >= 3) {
            int node = e.get(0).path("@v-node").asInt(-1);
            ObjectNode rpc = server(node, "confirmUpdate");
            rpc.withArray("templateEventMethodArgs").add(e.get(1).asInt(0));
            outbox.add(rpc);
        } else if (script.contains("$connector.updateSize(") && e.size() >= 3 && config.gridFollow()) {
            followGrid(e.get(0).path("@v-node").asInt(-1), e.get(1).asInt(0));
        }
    }

    /** A grid scrolled to its last row asks for the pages holding the visible rows when they change. */
    private void followGrid(int node, int size) {
        if (node < 0 || size <= 0) {
            return;
        }
        int firstPage = Math.max(0, size - GRID_VISIBLE_ROWS) / GRID_PAGE;
        int lastPage = (size - 1) / GRID_PAGE;
        int[] range = {firstPage * GRID_PAGE, (lastPage + 1) * GRID_PAGE};
        int[] before = gridRanges.put(node, range);
        if (before == null || !Arrays.equals(before, range)) {
            ObjectNode rpc = server(node, "setViewportRange");
            rpc.withArray("templateEventMethodArgs").add(range[0]).add(range[1] - range[0]);
            outbox.add(rpc);
        }
    }

    private final class PushListener implements WebSocket.Listener {

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            List<String> messages = new ArrayList<>(2);
            synchronized (inbox) {
                inbox.append(data);
                if (!handshake.isDone() && !FRAMED.matcher(inbox).find()) {
                    if (last) { // an unframed handshake: "uuid|heartbeat|padding|"
                        messages.add(inbox.toString());
                        inbox.setLength(0);
                    }
                } else {
                    while (true) {
                        Matcher m = FRAMED.matcher(inbox);
                        if (!m.find()) {
                            if (!inbox.isEmpty() && inbox.charAt(0) != '\n' && !Character.isDigit(inbox.charAt(0))) {
                                error("push: unframed data " + abbreviate(inbox));
                                inbox.setLength(0);
                            }
                            break;
                        }
                        int length = Integer.parseInt(m.group(1));
                        int start = m.end();
                        if (inbox.length() < start + length) {
                            break;
                        }
                        messages.add(inbox.substring(start, start + length));
                        inbox.delete(0, start + length);
                    }
                }
            }
            for (String message : messages) {
                atmosphere(message, now);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!gone) {
                error("push closed by the server: " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!gone) {
                error("push: " + error);
            }
            handshake.completeExceptionally(error);
        }
    }

    private void atmosphere(String message, long nanos) {
        if (config.debug()) {
            System.err.printf("student %d push at %d ms (%d chars): %s%n", number, nanos / 1_000_000,
                    message.length(), abbreviate(message));
        }
        if (!handshake.isDone()) {
            handshake.complete(message); // "uuid|heartbeat interval|heartbeat padding|"
            return;
        }
        String m = message.strip();
        if (m.isEmpty() || m.equals("X")) { // Atmosphere's heartbeat padding
            return;
        }
        try {
            process(parse(m), true, message.length(), nanos);
        } catch (JacksonException e) {
            error("push: not JSON " + abbreviate(m));
        }
    }

    // ---------------------------------------------------------------- results

    /** Frame arrival times (nanoTime) and sizes between {@code from} and {@code to}. */
    Window window(long from, long to) {
        synchronized (frameLock) {
            int a = 0;
            while (a < frames && frameNanos[a] < from) {
                a++;
            }
            int b = a;
            long chars = 0;
            while (b < frames && frameNanos[b] <= to) {
                chars += frameChars[b];
                b++;
            }
            return new Window(Arrays.copyOfRange(frameNanos, a, b), chars, to - from);
        }
    }

    /** Frames seen in a measurement window. */
    record Window(long[] times, long chars, long nanos) {

        int frames() {
            return times.length;
        }

        double framesPerSecond() {
            return times.length * 1e9 / nanos;
        }

        /** Gaps between consecutive frames, in milliseconds, sorted. */
        double[] gapsMillis() {
            double[] g = new double[Math.max(0, times.length - 1)];
            for (int i = 1; i < times.length; i++) {
                g[i - 1] = (times[i] - times[i - 1]) / 1e6;
            }
            Arrays.sort(g);
            return g;
        }
    }

    int errors() {
        return errors.get();
    }

    int unanswered() {
        return unanswered.get();
    }

    @Nullable String firstError() {
        return firstError;
    }

    private void error(String what) {
        if (errors.getAndIncrement() == 0) {
            firstError = what;
        }
        if (config.debug()) {
            System.err.println("student " + number + ": " + what);
        }
    }

    // ---------------------------------------------------------------- helpers

    private int playNode() {
        return nodeWithId("play");
    }

    private int nodeWithId(String id) {
        return elementIds.entrySet().stream().filter(e -> e.getValue().equals(id)).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }

    /** The node that listens to {@code event}; else the element with id "contour"; else the UI root. */
    private int nodeListeningTo(String event) {
        for (Map.Entry<Integer, Map<String, String>> l : listeners.entrySet()) {
            if (l.getValue().containsKey(event)) {
                return l.getKey();
            }
        }
        return elementIds.entrySet().stream().filter(e -> e.getValue().equals("contour"))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(1);
    }

    /** The event data a browser sends: the values of the expressions the server's listener asked for. */
    private ObjectNode eventData(int node, String event) {
        ObjectNode data = JSON.createObjectNode();
        String key = listeners.getOrDefault(node, Map.of()).get(event);
        JsonNode expressions = key == null ? null : constants.get(key);
        if (expressions != null) {
            for (String name : expressions.propertyNames()) {
                if (name.startsWith("}")) {
                    continue; // a property to synchronize, not event data
                }
                if (name.endsWith("Key")) {
                    data.put(name, false);
                } else if (name.equals("event.detail")) {
                    data.put(name, 1);
                } else {
                    data.put(name, 0);
                }
            }
        }
        return data;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    /** A call of a {@code $server} method (a promise number is filled in when sent). */
    private static ObjectNode server(int node, String method) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.putArray("templateEventMethodArgs");
        rpc.put("promise", 0);
        return rpc;
    }

    private static ArrayNode rpcs(ObjectNode... rpc) {
        ArrayNode a = JSON.createArrayNode();
        for (ObjectNode o : rpc) {
            a.add(o);
        }
        return a;
    }

    private static JsonNode parse(String text) {
        String t = text.strip();
        if (t.startsWith(XSSI_GUARD)) {
            t = t.substring(XSSI_GUARD.length());
        }
        JsonNode n = JSON.readTree(t);
        return n.isArray() && !n.isEmpty() ? n.get(0) : n;
    }

    private URI pushUri() {
        String q = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId) + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + enc("application/json; charset=UTF-8")
                + "&X-atmo-protocol=true";
        URI http = base.resolve("VAADIN/push?" + q);
        String scheme = "https".equals(http.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + http.toString().substring(http.getScheme().length()));
    }

    private String[] cookieHeader() {
        if (cookies.isEmpty()) {
            return new String[] {"Accept", "*/*"};
        }
        StringBuilder sb = new StringBuilder();
        cookies.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v));
        return new String[] {"Cookie", sb.toString()};
    }

    private void keepCookies(HttpResponse<?> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(CharSequence s) {
        return s.length() <= Integer.getInteger("bench.abbrev", 200) ? s.toString() : s.subSequence(0, 200) + "… (" + s.length() + " chars)";
    }
}
