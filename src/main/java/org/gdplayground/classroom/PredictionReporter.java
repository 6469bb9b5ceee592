package org.gdplayground.classroom;

import com.vaadin.flow.component.UI;

/**
 * The lessons' hook into a class: when the visitor of a lesson page is a student of an open class, their verdict on a
 * step's "predict, then run" is stored for the class's dashboard ({@link ClassPredictions}); for anyone else nothing
 * happens.
 */
@FunctionalInterface
public interface PredictionReporter {

    /** The visitor of {@code ui} saw verdict {@code v} (UI thread). */
    void predicted(UI ui, ClassPredictions.Verdict v);
}
