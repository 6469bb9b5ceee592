package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.UI;
import org.gdplayground.classroom.ClassPredictions;
import org.gdplayground.classroom.Model.StudentTicket;
import org.gdplayground.classroom.PredictionReporter;
import org.springframework.stereotype.Component;

/**
 * A lesson page's verdicts, reported to the visitor's class when they are one of its students (recognised as the
 * playground recognises them: their session or their membership cookie, {@link StudentPages#ticket}).
 */
@Component
public class StudentPredictions implements PredictionReporter {

    private final StudentPages students;
    private final ClassPredictions predictions;

    public StudentPredictions(StudentPages students, ClassPredictions predictions) {
        this.students = students;
        this.predictions = predictions;
    }

    @Override
    public void predicted(UI ui, ClassPredictions.Verdict v) {
        StudentTicket ticket = students.ticket(ui);
        if (ticket == null) {
            return;
        }
        try {
            predictions.report(ticket, v);
        } catch (RuntimeException e) {
            // the database is away for a moment: the lesson goes on; the next verdict tries again
        }
    }
}
