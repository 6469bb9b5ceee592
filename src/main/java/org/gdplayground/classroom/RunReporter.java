package org.gdplayground.classroom;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.session.Frame;
import org.jspecify.annotations.Nullable;

/**
 * The playground's hook into a class: when the visitor is a student of an open class, the page shows the class badge,
 * reports its runs (progress a few times a second, then the result) and follows the teacher's scenario and pause.
 * The playground calls {@link #attach} when it opens and {@link Page#frame} with every frame.
 */
public interface RunReporter {

    /** What the playground lets the class do to it. */
    interface Controls {
        /** Opens a scenario query (as a link would) in the page. */
        void open(String query);

        /** Pauses the playback. */
        void pause();
    }

    /** A student's page in a class. */
    interface Page {
        /** A frame was shown (UI thread): reports, throttled. */
        void frame(ScenarioSpec spec, Frame.RunView run, boolean playing);

        /** The page went away. */
        void detach();
    }

    /**
     * Called when a playground page attaches; {@code page} receives the badge and notices as its first children.
     *
     * @return the page's link to its class, or null when the visitor is no student of an open class
     */
    @Nullable Page attach(HasComponents page, UI ui, Controls controls);

    /**
     * The scenario link of the class the visitor of {@code ui} is a student of ({@code /?…} or {@code /compare?…},
     * possibly empty), or null when they are no student of an open class. A page applies the class link's
     * {@code hide}/{@code lock} parameters to whatever it opens for a student.
     */
    @Nullable String classScenario(UI ui);
}
