-- Interregional matching (docs/matching.md): pseudonymised jobseeker profiles under each member's own opaque id,
-- their stored top-N matches, the batch cursor on the hub's feed, and the mobility outcomes members report.

CREATE TABLE jobseeker_profile (
    member_code   VARCHAR(16)   NOT NULL,
    profile_id    VARCHAR(64)   NOT NULL,
    content       VARCHAR(20000) NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    home_postcode VARCHAR(4)    NOT NULL,
    home_region   VARCHAR(8)    NOT NULL,
    needs_match   BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    matched_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (member_code, profile_id)
);
CREATE INDEX ix_jobseeker_profile_dirty ON jobseeker_profile (needs_match);

-- The ESCO occupations a profile asks for (after crosswalk), to find the profiles a changed vacancy concerns.
CREATE TABLE jobseeker_occupation (
    esco_uri    VARCHAR(200) NOT NULL,
    member_code VARCHAR(16)  NOT NULL,
    profile_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (esco_uri, member_code, profile_id),
    FOREIGN KEY (member_code, profile_id) REFERENCES jobseeker_profile (member_code, profile_id) ON DELETE CASCADE
);
CREATE INDEX ix_jobseeker_occupation_profile ON jobseeker_occupation (member_code, profile_id);

-- The top N open vacancies of each profile, as the batch last computed them (hard limits, default options).
CREATE TABLE jobseeker_match (
    member_code VARCHAR(16)   NOT NULL,
    profile_id  VARCHAR(64)   NOT NULL,
    rank_no     INT           NOT NULL,
    vacancy_id  UUID          NOT NULL,
    score       INT           NOT NULL,
    reasons     VARCHAR(4000) NOT NULL,
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_code, profile_id, rank_no),
    FOREIGN KEY (member_code, profile_id) REFERENCES jobseeker_profile (member_code, profile_id) ON DELETE CASCADE
);
CREATE INDEX ix_jobseeker_match_vacancy ON jobseeker_match (vacancy_id);

CREATE TABLE matching_state (
    id       INT    PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO matching_state (id, last_seq) VALUES (1, 0);

-- Outcomes members report: a jobseeker of one member hired on a vacancy of another, a trainee of one member
-- trained by another's centre, a cross-border in-company training. Idempotent by (member_code, outcome_id).
CREATE TABLE mobility_outcome (
    member_code        VARCHAR(16)  NOT NULL,
    outcome_id         VARCHAR(64)  NOT NULL,
    kind               VARCHAR(24)  NOT NULL,
    period_month       VARCHAR(7)   NOT NULL,
    origin_member      VARCHAR(16)  NOT NULL,
    destination_member VARCHAR(16),
    origin_region      VARCHAR(8)   NOT NULL,
    destination_region VARCHAR(8)   NOT NULL,
    persons            INT          NOT NULL,
    content_hash       VARCHAR(64)  NOT NULL,
    reported_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_code, outcome_id)
);
CREATE INDEX ix_mobility_outcome_period ON mobility_outcome (period_month, kind);
