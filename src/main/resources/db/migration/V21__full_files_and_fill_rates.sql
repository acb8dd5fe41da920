-- Full files (channel module): a member's file that lists all its open vacancies; those it omits are closed,
-- unless the file shrinks the member's open set by more than hub.channel.full-file.max-shrink, in which case the
-- closures are held until the member or an operator confirms or discards them (docs/channel.md, "Full files").

CREATE TABLE channel_full_file (
    file_id       VARCHAR(36)  PRIMARY KEY REFERENCES channel_file (id),
    member_code   VARCHAR(16)  NOT NULL REFERENCES member (code),
    state         VARCHAR(16)  NOT NULL,  -- CLOSING, APPLIED, HELD, DISCARDED, SKIPPED
    present_open  INT          NOT NULL,  -- the member's open vacancies the file names
    omitted       INT          NOT NULL,  -- open vacancies the file does not name (closure candidates)
    shrink        DOUBLE PRECISION NOT NULL,  -- omitted / (omitted + present_open)
    closed        INT          NOT NULL DEFAULT 0,
    kept          INT          NOT NULL DEFAULT 0,  -- candidates left open: changed after the file started
    reason        VARCHAR(500),
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by  VARCHAR(100),
    confirmed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_channel_full_file_state ON channel_full_file (state);

-- The closure candidates of a full file, written with the decision so that a confirmation days later (or a
-- restart in the middle of closing) closes exactly these.
CREATE TABLE channel_full_omission (
    file_id    VARCHAR(36)  NOT NULL REFERENCES channel_full_file (file_id),
    reference  VARCHAR(200) NOT NULL,
    PRIMARY KEY (file_id, reference)
);

-- Field fill rates of each member's open vacancies (quality module), recomputed periodically as a whole.
CREATE TABLE quality_fill_rate (
    member       VARCHAR(16)  NOT NULL,
    field        VARCHAR(60)  NOT NULL,
    filled       BIGINT       NOT NULL,
    open_count   BIGINT       NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member, field)
);
