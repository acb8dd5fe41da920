-- EURES: each member's agreement with EURES, the EURES view of each vacancy, and the event log EURES pulls by
-- time (docs/eures.md). The eures module follows the hub's own feed (recipient HUB) from eures_state.last_seq.

CREATE TABLE eures_agreement (
    member           VARCHAR(16)  PRIMARY KEY REFERENCES member (code),
    active           BOOLEAN      NOT NULL,
    signed_on        DATE,
    -- origin rule: the member's references that start with this prefix are vacancies it took from EURES
    from_eures_prefix VARCHAR(64),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)
);

-- One row. Writers of EURES events lock it: event times are assigned in commit order and strictly increase.
CREATE TABLE eures_state (
    id            INT    PRIMARY KEY,
    last_seq      BIGINT NOT NULL,
    last_event_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO eures_state (id, last_seq, last_event_at) VALUES (1, 0, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');

-- The EURES state of every vacancy that entered the EURES view (flag + agreement + not from EURES).
CREATE TABLE eures_vacancy (
    vacancy_id   UUID         PRIMARY KEY,
    member       VARCHAR(16)  NOT NULL,
    reference    VARCHAR(64)  NOT NULL,
    state        VARCHAR(10)  NOT NULL,  -- ACTIVE, CLOSED, REJECTED (in the view but not expressible)
    sent         BOOLEAN      NOT NULL,  -- EURES has seen it (it was ACTIVE at least once)
    version      INT          NOT NULL,  -- the hub version last evaluated
    doc_hash     VARCHAR(64),            -- SHA-256 of the XML last made available (MODIFIED only when it changes)
    created_at   TIMESTAMP WITH TIME ZONE,  -- first available to EURES
    modified_at  TIMESTAMP WITH TIME ZONE,  -- last CREATED or MODIFIED event
    closed_at    TIMESTAMP WITH TIME ZONE,  -- CLOSED event, while closed
    reason_field VARCHAR(100),
    reason_code  VARCHAR(40),
    reason       VARCHAR(1000),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_eures_vacancy_state ON eures_vacancy (state, vacancy_id);
CREATE INDEX ix_eures_vacancy_member ON eures_vacancy (member, state);

-- What EURES pulls "since a time": one row per change of the EURES view, at a unique, increasing time.
CREATE TABLE eures_event (
    event_at          TIMESTAMP WITH TIME ZONE PRIMARY KEY,
    vacancy_id        UUID        NOT NULL,
    kind              VARCHAR(8)  NOT NULL,  -- CREATED, MODIFIED, CLOSED
    version           INT         NOT NULL,
    member            VARCHAR(16) NOT NULL,
    source_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lag_ms            BIGINT      NOT NULL
);

-- Counts and lag per day (Europe/Brussels), member and kind, kept by the single writer.
CREATE TABLE eures_daily (
    stat_day     DATE        NOT NULL,
    member       VARCHAR(16) NOT NULL,
    kind         VARCHAR(8)  NOT NULL,
    records      BIGINT      NOT NULL,
    lag_ms_total BIGINT      NOT NULL,
    lag_ms_max   BIGINT      NOT NULL,
    PRIMARY KEY (stat_day, member, kind)
);
