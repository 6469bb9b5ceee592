-- Classroom, issue 21: memberships that survive a restart, presence, removing students, and the projector's snapshot.
-- Plain SQL that H2 2.x and PostgreSQL both run. (Versioned 21.1, after the issue, so that it does not collide with
-- migrations added at the same time for other features.)

-- Server secrets kept across restarts, e.g. the HMAC key that signs students' membership cookies.
CREATE TABLE classroom_secret (
    name         VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret       VARCHAR(128) NOT NULL
);

-- When the student's page last showed a sign of life, and whether it is still open (presence on the dashboard).
ALTER TABLE classroom_student ADD COLUMN seen_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE classroom_student ADD COLUMN present BOOLEAN DEFAULT FALSE NOT NULL;
-- Whether the student's own playback is paused (presence "paused").
ALTER TABLE classroom_student ADD COLUMN holding BOOLEAN DEFAULT FALSE NOT NULL;

-- The scenario of a run as the student played it (query string), so the teacher can replay it.
ALTER TABLE classroom_run ADD COLUMN scenario VARCHAR(16000) DEFAULT '' NOT NULL;

-- Students' paths the teacher shows side by side on the projector (comma-separated student ids; empty for none).
ALTER TABLE classroom_class ADD COLUMN snapshot VARCHAR(2000) DEFAULT '' NOT NULL;
