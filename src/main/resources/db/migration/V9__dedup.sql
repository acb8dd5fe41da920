-- Duplicate clusters. A vacancy belongs to one cluster; clusters are never deleted, closed vacancies keep their
-- membership (provenance). The dedup module follows the hub's own feed (recipient HUB) from dedup_state.last_seq.

CREATE TABLE dedup_state (
    id     INT    PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO dedup_state (id, last_seq) VALUES (1, 0);

-- The fingerprint of each vacancy's current version (compact text, see dedup.FingerprintCodec).
CREATE TABLE dedup_fingerprint (
    vacancy_id  UUID          PRIMARY KEY,
    fingerprint VARCHAR(4000) NOT NULL
);

-- Blocking keys: vacancies are compared only with those that share a key.
CREATE TABLE dedup_key (
    block_key  VARCHAR(300) NOT NULL,
    vacancy_id UUID         NOT NULL,
    PRIMARY KEY (block_key, vacancy_id)
);
CREATE INDEX ix_dedup_key_vacancy ON dedup_key (vacancy_id);

CREATE TABLE vacancy_cluster (
    vacancy_id   UUID        PRIMARY KEY,
    cluster_id   UUID        NOT NULL,
    match_type   VARCHAR(16),
    matched_with UUID,
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_vacancy_cluster_cluster ON vacancy_cluster (cluster_id);
