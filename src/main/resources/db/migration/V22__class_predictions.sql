-- Issue 23: a class's lesson predictions against what the runs did, for the dashboard's discussion starter.
-- One row per student and lesson step: the student's latest verdict there (a new run or a new choice replaces it).
-- Plain SQL that H2 2.x and PostgreSQL both run.

CREATE TABLE classroom_prediction (
    student_id   BIGINT       NOT NULL REFERENCES classroom_student (id) ON DELETE CASCADE,
    -- the lesson's id and the step (from 1) whose prediction this is
    lesson       VARCHAR(80)  NOT NULL,
    step         INT          NOT NULL,
    -- the choice the student made (one of the lessons' prediction choices: converges, diverges, ...)
    predicted    VARCHAR(40)  NOT NULL,
    -- what the run did, as the same kind of choice, and the run's diagnosis code it was read from
    outcome      VARCHAR(40)  NOT NULL,
    diagnosis    VARCHAR(40)  NOT NULL DEFAULT '',
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (student_id, lesson, step)
);
