-- File exchange (channel module): members' SSH keys, received files with their progress and problems, export
-- subscriptions and the export files written for them. Portable SQL: H2 (PostgreSQL mode) and PostgreSQL 14+.

-- A member's SSH public keys for the hub's SFTP server (owned by the organisation module).
CREATE TABLE ssh_key (
    id          VARCHAR(36)  PRIMARY KEY,
    member_code VARCHAR(16)  NOT NULL REFERENCES member (code),
    name        VARCHAR(100) NOT NULL,
    key_type    VARCHAR(40)  NOT NULL,
    public_key  VARCHAR(8000) NOT NULL,  -- OpenSSH one-line form: "<type> <base64> [comment]"
    fingerprint VARCHAR(80)  NOT NULL,   -- "SHA256:<base64 without padding>", as ssh-keygen -l prints it
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_ssh_key_fingerprint ON ssh_key (fingerprint);

-- One row per file received (SFTP upload, remote poll or CLI). Progress is written in the same transaction as
-- each batch, so a file interrupted by a restart resumes exactly where it stopped.
CREATE TABLE channel_file (
    id           VARCHAR(36)  PRIMARY KEY,
    member_code  VARCHAR(16)  NOT NULL REFERENCES member (code),
    name         VARCHAR(255) NOT NULL,
    source       VARCHAR(16)  NOT NULL,   -- SFTP, REMOTE, CLI
    state        VARCHAR(16)  NOT NULL,   -- RECEIVED, PROCESSING, DONE, FAILED
    format       VARCHAR(16),
    sha256       VARCHAR(64),
    size_bytes   BIGINT,
    staged_path  VARCHAR(1000),
    records      INT          NOT NULL DEFAULT 0,  -- records handled (published or rejected) so far
    created      INT          NOT NULL DEFAULT 0,
    updated      INT          NOT NULL DEFAULT 0,
    unchanged    INT          NOT NULL DEFAULT 0,
    closed       INT          NOT NULL DEFAULT 0,
    rejected     INT          NOT NULL DEFAULT 0,
    error        VARCHAR(2000),                    -- why the file as a whole failed (JSON: code, reason, location)
    report_path  VARCHAR(1000),
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    remote_key   VARCHAR(600)                      -- remote files: server/path/size/mtime, to fetch each one once
);
CREATE INDEX ix_channel_file_member ON channel_file (member_code, received_at);
CREATE INDEX ix_channel_file_sha ON channel_file (member_code, sha256);
CREATE INDEX ix_channel_file_state ON channel_file (state);
CREATE INDEX ix_channel_file_remote ON channel_file (remote_key);

-- The rejected records of a file, written with the batch that rejected them; the report is built from them.
CREATE TABLE channel_file_problem (
    file_id     VARCHAR(36)  NOT NULL REFERENCES channel_file (id),
    record_no   INT          NOT NULL,  -- 1-based position of the record in the file
    location    VARCHAR(100) NOT NULL,  -- "line 12", "element PositionOpening[3] (line 40)"
    reference   VARCHAR(200),
    problems    VARCHAR(20000) NOT NULL,  -- JSON array of {field, source, code, reason}
    PRIMARY KEY (file_id, record_no)
);

-- What a receiving member gets as files: a daily full file and delta files after a cursor, in one format.
CREATE TABLE channel_subscription (
    id             VARCHAR(36)  PRIMARY KEY,
    recipient      VARCHAR(16)  NOT NULL REFERENCES member (code),
    format         VARCHAR(16)  NOT NULL,  -- NDJSON, CSV, XML
    full_cron      VARCHAR(100) NOT NULL,  -- Spring cron, Europe/Brussels
    delta_interval VARCHAR(40)  NOT NULL,  -- ISO-8601 duration
    push_remote    VARCHAR(16),            -- name of a configured remote server (hub.channel.remotes.<name>)
    enabled        BOOLEAN      NOT NULL,
    last_seq       BIGINT,                 -- the cursor the next delta starts after; NULL before the first full
    last_full_at   TIMESTAMP WITH TIME ZONE,
    last_delta_at  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_channel_subscription_recipient ON channel_subscription (recipient);

-- Every export file written, with its manifest figures and whether it reached the member's own server.
CREATE TABLE channel_export (
    id              VARCHAR(36)  PRIMARY KEY,
    subscription_id VARCHAR(36)  NOT NULL REFERENCES channel_subscription (id),
    kind            VARCHAR(8)   NOT NULL,  -- FULL, DELTA
    name            VARCHAR(255) NOT NULL,
    from_seq        BIGINT       NOT NULL,  -- exclusive
    to_seq          BIGINT       NOT NULL,  -- inclusive
    records         INT          NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    pushed_at       TIMESTAMP WITH TIME ZONE,
    push_error      VARCHAR(2000)
);
CREATE INDEX ix_channel_export_subscription ON channel_export (subscription_id, created_at);
