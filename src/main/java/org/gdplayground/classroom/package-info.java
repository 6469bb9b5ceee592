/**
 * Classroom: a teacher's class (code, secret key, scenario), its students and their runs, kept in the database
 * ({@code V1__classroom.sql}); live events that cross app instances ({@link org.gdplayground.classroom.ClassEvents});
 * the hook a playground page reports its runs through ({@link org.gdplayground.classroom.RunReporter}). The pages are
 * in {@code ui.classroom}.
 */
@NullMarked
package org.gdplayground.classroom;

import org.jspecify.annotations.NullMarked;
