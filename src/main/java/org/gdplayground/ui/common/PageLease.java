package org.gdplayground.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.function.Supplier;
import org.gdplayground.session.Playback;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a page's playback tied to a page that is really there. While Play is on and the tab is visible, the browser
 * renews a lease every 8 s ({@code gdp-alive}); a hidden tab says so at once ({@code gdp-visibility}) and gets no
 * frames (no engine work either) until it is shown again, when it catches up at once. A page that vanished (browser
 * killed, laptop asleep, network lost) stops renewing, and its playback stops by itself when the lease runs out
 * ({@code playground.limits.client-lease-seconds}).
 */
public final class PageLease {

    /** Renewal period in the browser, milliseconds (well under the lease). */
    static final int RENEW_MILLIS = 8000;

    private static final String SCRIPT = """
            const el = this;
            if (el.__gdpLease) { return; }
            el.__gdpLease = true;
            const fire = (name, detail) => el.dispatchEvent(new CustomEvent(name, {detail: detail}));
            const timer = setInterval(() => {
              if (!el.isConnected) { clearInterval(timer); el.__gdpLease = false; return; }
              if (!document.hidden && el.getAttribute('data-playing') === 'true') { fire('gdp-alive', {}); }
            }, $0);
            const onVisibility = () => {
              if (!el.isConnected) { document.removeEventListener('visibilitychange', onVisibility); return; }
              if (el.getAttribute('data-playing') === 'true' || !document.hidden) {
                fire('gdp-visibility', {visible: !document.hidden});
              }
            };
            document.addEventListener('visibilitychange', onVisibility);
            """;

    private PageLease() {
    }

    /**
     * Installs the renewal script on {@code page}'s element and routes its events to the current playback. The page
     * keeps the attribute {@code data-playing} up to date (see {@link #playing}).
     */
    public static void install(Component page, Supplier<@Nullable Playback> playback) {
        page.getElement().executeJs(SCRIPT, RENEW_MILLIS);
        if (ComponentUtil.getData(page, PageLease.class) != null) {
            return;
        }
        ComponentUtil.setData(page, PageLease.class, new PageLease());
        page.getElement().addEventListener("gdp-alive", e -> {
            Playback p = playback.get();
            if (p != null) {
                p.renew();
            }
        });
        page.getElement().addEventListener("gdp-visibility", e -> {
            Playback p = playback.get();
            if (p != null) {
                p.visible(e.getEventData().get("event.detail.visible").asBoolean());
            }
        }).addEventData("event.detail.visible");
    }

    /**
     * Whether the UI's push channel is still up: false once it was connected and has dropped (the browser was killed
     * or lost the network), true before it ever connected and where there is none (browserless tests). Called from
     * worker threads: {@code seen} is the page's own flag.
     */
    public static boolean connected(@Nullable UI ui, java.util.concurrent.atomic.AtomicBoolean seen) {
        if (ui == null || ui.isClosing()) {
            return false;
        }
        var push = ui.getInternals().getPushConnection();
        if (push == null) {
            return true;
        }
        if (push.isConnected()) {
            seen.set(true);
            return true;
        }
        return !seen.get();
    }

    /** Tells the browser whether Play is on (it renews the lease only then). */
    public static void playing(Component page, boolean playing) {
        page.getElement().setAttribute("data-playing", Boolean.toString(playing));
    }
}
