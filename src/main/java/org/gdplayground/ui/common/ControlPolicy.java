package org.gdplayground.ui.common;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioLocks;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

/**
 * Which controls a page hides and locks, and the values they are fixed at: a scenario (its {@code hide} and
 * {@code lock}, and the values of those controls) and the view settings (speed, arrows, log scale) for the view
 * controls.
 *
 * <p>Two sources. A link carries its own ({@code ?lr=0.1&lock=lr}): the page opened from it keeps lr at 0.1 and
 * writes {@code lock=lr} back into every address it pushes. An imposed policy (a class's scenario) is held by the
 * browser session ({@link #impose}); every link the playground or compare page opens in that session, Back and
 * Forward included, is then brought back to it in the imposed controls, and its hidden and locked controls are
 * added to the link's. A link cannot lift an imposed policy; only {@link #lift} does.
 *
 * @param scenario the fixed values; {@code scenario.hide()} and {@code scenario.lock()} say which controls
 * @param view     the fixed view settings (used for the speed, arrows and log controls when fixed)
 */
public record ControlPolicy(ScenarioSpec scenario, ViewParams view) {

    /** Fixes nothing (a page before its first link). */
    public static final ControlPolicy NONE = new ControlPolicy(new ScenarioSpec(ScenarioParser.DEFAULT_FN, null,
            List.of(new RunSpec(ScenarioParser.DEFAULT_OPT, 0.01, java.util.Map.of(), null)), "given", List.of(0.0, 0.0),
            ScenarioParser.DEFAULT_STEPS, null, true, 42, "analytic", 1e-4, "constant", java.util.Map.of(), 0, null,
            null, 2), ViewParams.DEFAULT);

    /** Session attribute holding the imposed policy. */
    static final String SESSION_KEY = ControlPolicy.class.getName();
    /** Set while the imposed policy is a class's (see {@link #follow}). */
    static final String FROM_CLASS_KEY = ControlPolicy.class.getName() + ".fromClass";

    /** A policy parsed from a link, and the link's problems (an unknown control id, say). */
    public record Parsed(ControlPolicy policy, List<ParamError> errors) {
        public Parsed {
            errors = List.copyOf(errors);
        }
    }

    public static ControlPolicy of(ScenarioSpec scenario, ViewParams view) {
        return new ControlPolicy(scenario, view);
    }

    /**
     * The policy of a link's query (without '?', as pasted: scenario and view parameters, {@code lang} ignored),
     * read for the given page. Invalid parts are reported and left at their defaults, as a page would open them.
     */
    public static Parsed parse(String query, ScenarioParser parser, ScenarioParser.Mode page) {
        String q = query.startsWith("?") ? query.substring(1) : query;
        ViewParams.Parsed link = ViewParams.parse(QueryParameters.fromString(q).getParameters());
        ScenarioParser.Result r = parser.parse(link.scenario(), page);
        List<ParamError> errors = new ArrayList<>(r.errors());
        errors.addAll(link.errors());
        return new Parsed(new ControlPolicy(r.spec(), link.view()), errors);
    }

    public Set<Control> hidden() {
        return scenario.hide();
    }

    public Set<Control> locked() {
        return scenario.lock();
    }

    /** Whether the policy fixes nothing. */
    public boolean isEmpty() {
        return scenario.hide().isEmpty() && scenario.lock().isEmpty();
    }

    /** The controls a page of the given kind may not change (see {@link ScenarioLocks#fixedOnPage}). */
    public Set<Control> fixed(ScenarioParser.Mode page) {
        return ScenarioLocks.fixedOnPage(scenario, page);
    }

    /** A scenario the page built, brought back to this policy in every fixed control. */
    public ScenarioSpec enforce(ScenarioSpec candidate, ScenarioParser parser, ScenarioParser.Mode page) {
        return ScenarioLocks.enforce(candidate, scenario, fixed(page), parser);
    }

    /** View settings brought back to this policy's in the fixed view controls. */
    public ViewParams enforce(ViewParams candidate) {
        Set<Control> f = scenario.fixed();
        return new ViewParams(f.contains(Control.ARROWS) ? view.arrows() : candidate.arrows(),
                f.contains(Control.LOG) ? view.log() : candidate.log(),
                f.contains(Control.SPEED) ? view.speed() : candidate.speed(), candidate.step(), candidate.instant());
    }

    /**
     * The policy of a page that opens {@code link} while this policy is imposed: the link's values except in this
     * policy's fixed controls, and the hidden and locked controls of both (hidden wins over locked).
     */
    public ControlPolicy over(ScenarioSpec link, ViewParams linkView, ScenarioParser parser,
            ScenarioParser.Mode page) {
        ScenarioSpec values = ScenarioLocks.enforce(link, scenario, fixed(page), parser);
        EnumSet<Control> hide = EnumSet.noneOf(Control.class);
        hide.addAll(link.hide());
        hide.addAll(scenario.hide());
        EnumSet<Control> lock = EnumSet.noneOf(Control.class);
        lock.addAll(link.lock());
        lock.addAll(scenario.lock());
        return new ControlPolicy(values.withControls(hide, lock), enforce(linkView));
    }

    /** The link of this policy's scenario and view (without '?'), as a page writes it. */
    public String query(int defaultPoints, java.util.Locale language) {
        return ScenarioQuery.toQueryString(scenario, defaultPoints) + view.suffix(language);
    }

    // ---------------------------------------------------------------- the session's imposed policy

    /**
     * Imposes a policy on every playground and compare page this browser session opens from now on (a page already
     * open keeps what it shows until it opens a link again, by navigation or Back/Forward; call its
     * {@code applyPolicy} to apply the policy there at once). Call with the session locked (from a request or inside
     * {@code ui.access}).
     */
    public static void impose(VaadinSession session, ControlPolicy policy) {
        session.setAttribute(SESSION_KEY, policy);
        session.setAttribute(FROM_CLASS_KEY, null);
    }

    /** The policy imposed on this session, if any. */
    public static Optional<ControlPolicy> imposed(@Nullable VaadinSession session) {
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((ControlPolicy) session.getAttribute(SESSION_KEY));
    }

    /**
     * Follows a class: imposes the class link's policy (its values, hidden and locked controls; the link as a class
     * stores it, {@code /?…} or {@code /compare?…}) on the session when the link is for this page, and lifts any
     * imposed policy otherwise (no class, or a link for the other page). Pages call it each time they open a link, so
     * a scenario the teacher sends later takes effect on the student's next open, and a typed URL cannot drop it.
     */
    public static void follow(VaadinSession session, @Nullable String classLink, ScenarioParser parser,
            ScenarioParser.Mode page) {
        if (classLink == null || classLink.startsWith("/compare") != (page == ScenarioParser.Mode.COMPARE)) {
            if (session.getAttribute(FROM_CLASS_KEY) != null) {
                lift(session); // only what a class imposed: a policy imposed otherwise stays
            }
            return;
        }
        int q = classLink.indexOf('?');
        impose(session, parse(q < 0 ? "" : classLink.substring(q + 1), parser, page).policy());
        session.setAttribute(FROM_CLASS_KEY, Boolean.TRUE);
    }

    /** Lifts the imposed policy (links then speak for themselves again). */
    public static void lift(VaadinSession session) {
        session.setAttribute(SESSION_KEY, null);
        session.setAttribute(FROM_CLASS_KEY, null);
    }
}
