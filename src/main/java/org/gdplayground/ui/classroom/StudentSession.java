package org.gdplayground.ui.classroom;

import com.vaadin.flow.server.VaadinSession;
import org.gdplayground.classroom.Model.StudentTicket;
import org.jspecify.annotations.Nullable;

/** Where a student's ticket lives: their server-side Vaadin session, never the browser. */
final class StudentSession {

    private StudentSession() {
    }

    static @Nullable StudentTicket ticket(@Nullable VaadinSession session) {
        return session == null ? null : session.getAttribute(StudentTicket.class);
    }

    static void set(VaadinSession session, @Nullable StudentTicket ticket) {
        session.setAttribute(StudentTicket.class, ticket);
    }
}
