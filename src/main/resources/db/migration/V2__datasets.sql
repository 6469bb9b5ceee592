-- Uploaded data sets ("Your own data"), kept by content: id = the first 16 hex characters of sha256, the SHA-256 of
-- the normalised content (header names quoted, numbers in shortest round-trip notation, LF line ends), so the same
-- file uploaded twice is the same row and a link fn=data&data=<id> reopens it. Written for H2 and PostgreSQL alike.
CREATE TABLE datasets (
    id            VARCHAR(16)  NOT NULL PRIMARY KEY,
    sha256        VARCHAR(64)  NOT NULL,
    content       TEXT         NOT NULL,
    row_count     INTEGER      NOT NULL,
    feature_count INTEGER      NOT NULL,
    created_at    TIMESTAMP    DEFAULT CURRENT_TIMESTAMP NOT NULL
);
