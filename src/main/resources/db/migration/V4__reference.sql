-- Shared occupation and competence reference (module be.synerjob.hub.reference; see docs/reference.md).
-- Schemes (ESCO, ISCO08, ROME, COMPETENT) have releases, numbered 1, 2, ... per scheme in load order (seq).
-- Nothing is ever deleted: concepts are deprecated, and labels, relations and collection memberships carry the
-- range of releases they are valid in (first_seq .. last_seq, last_seq NULL = still valid), so a release's content
-- and the diff between two releases are set queries. Portable SQL: H2 (PostgreSQL mode) and PostgreSQL 14+.

-- One row per loaded release; written last, in the same transaction as the release's content.
CREATE TABLE ref_release (
    scheme      VARCHAR(16)   NOT NULL,
    release_id  VARCHAR(16)   NOT NULL,
    seq         INT           NOT NULL,
    status      VARCHAR(16)   NOT NULL,   -- LOADED
    source      VARCHAR(2000) NOT NULL,   -- where the data come from (publisher, mirrors, versions)
    files       VARCHAR(4000) NOT NULL,   -- one line per file: name rows bytes sha256
    provides    VARCHAR(2000) NOT NULL,   -- which parts the release supplies (the rest carries over)
    coverage    VARCHAR(1000) NOT NULL,   -- kind:language pairs whose labels it supplies for every concept
    concepts    INT           NOT NULL,   -- concepts present in the release
    labels      INT           NOT NULL,   -- label rows written (new or changed)
    relations   INT           NOT NULL,   -- relation rows written (new or changed)
    notes       VARCHAR(4000),            -- accepted gaps and other facts found while loading
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    load_millis BIGINT        NOT NULL,
    PRIMARY KEY (scheme, release_id),
    CONSTRAINT uq_ref_release_seq UNIQUE (scheme, seq)
);

-- A concept keeps its identity (ESCO URI, or the scheme's code) across releases.
CREATE TABLE ref_concept (
    id             INT           PRIMARY KEY,  -- assigned by the importer under the import lock
    scheme         VARCHAR(16)   NOT NULL,
    code           VARCHAR(200)  NOT NULL,     -- ESCO: the URI; ISCO08/ROME/COMPETENT: the code
    kind           VARCHAR(16)   NOT NULL,     -- OCCUPATION, SKILL, SKILL_GROUP, ISCO_GROUP, JOB_TITLE
    status         VARCHAR(16)   NOT NULL,     -- ACTIVE, DEPRECATED
    replaced_by    INT,                        -- the concept that replaces a deprecated one, when known
    first_seq      INT,                        -- NULL: a placeholder for a concept retired before any loaded release
    last_seq       INT,                        -- last release a deprecated concept is in; NULL while in the newest
    deprecated_seq INT,                        -- release that no longer contains it
    attributes     VARCHAR(4000),              -- JSON object of strings (skill type, ROME domain, NACE codes, ...)
    CONSTRAINT uq_ref_concept UNIQUE (scheme, code),
    CONSTRAINT fk_ref_concept_replaced_by FOREIGN KEY (replaced_by) REFERENCES ref_concept (id)
);

-- Which concepts each release contains, with the notation the concept has in it (ESCO codes change).
CREATE TABLE ref_concept_release (
    concept_id INT         NOT NULL REFERENCES ref_concept (id),
    seq        INT         NOT NULL,
    notation   VARCHAR(64),
    PRIMARY KEY (concept_id, seq)
);

CREATE TABLE ref_label (
    id         BIGINT        PRIMARY KEY,
    concept_id INT           NOT NULL REFERENCES ref_concept (id),
    lang       CHAR(2)       NOT NULL,   -- en, nl, fr, de
    kind       VARCHAR(4)    NOT NULL,   -- pref, alt, desc
    text       VARCHAR(4000) NOT NULL,
    source     VARCHAR(32),              -- release the text comes from when not the scheme's own (1.2.1-api, 1.0.x)
    first_seq  INT           NOT NULL,
    last_seq   INT
);
CREATE INDEX ix_ref_label_concept ON ref_label (concept_id);

-- Relations, owned by the scheme whose release states them (seq numbers are that scheme's).
CREATE TABLE ref_relation (
    id        BIGINT      PRIMARY KEY,
    scheme    VARCHAR(16) NOT NULL,
    type      VARCHAR(16) NOT NULL,   -- BROADER, ISCO_GROUP, ESSENTIAL_SKILL, OPTIONAL_SKILL, EXACT_MATCH, CLOSE_MATCH,
                                      -- BROAD_MATCH, NARROW_MATCH, MOBILITY, ROME_V3_PARENT
    from_id   INT         NOT NULL REFERENCES ref_concept (id),
    to_id     INT         NOT NULL REFERENCES ref_concept (id),
    link_rank INT,                    -- order of ROME mobility links
    first_seq INT         NOT NULL,
    last_seq  INT
);
CREATE INDEX ix_ref_relation_from ON ref_relation (from_id);

-- ESCO collections (digital, digcomp, green, language, transversal, research_skills, research_occupations).
CREATE TABLE ref_collection_member (
    id         BIGINT      PRIMARY KEY,
    scheme     VARCHAR(16) NOT NULL,
    collection VARCHAR(32) NOT NULL,
    concept_id INT         NOT NULL REFERENCES ref_concept (id),
    first_seq  INT         NOT NULL,
    last_seq   INT
);
CREATE INDEX ix_ref_collection_concept ON ref_collection_member (concept_id);

-- Translation review: every decision is kept; the latest one per concept and language counts.
CREATE TABLE ref_review (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    concept_id    INT           NOT NULL REFERENCES ref_concept (id),
    lang          CHAR(2)       NOT NULL,
    label_text    VARCHAR(1000),          -- the preferred label reviewed; NULL when it was missing
    action        VARCHAR(16)   NOT NULL, -- REVIEWED, PROPOSED
    proposed_text VARCHAR(1000),
    reviewer      VARCHAR(100)  NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(2000)
);
CREATE INDEX ix_ref_review_concept ON ref_review (concept_id, lang);

-- One row; an import locks it so that two nodes starting together load each release once.
CREATE TABLE ref_import_lock (
    id        INT PRIMARY KEY,
    locked_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO ref_import_lock (id, locked_at) VALUES (1, NULL);
