-- Learning accounts (issue 11): the individual training right, the Federal Learning Account
-- declarations and the individual learning account. National numbers are never stored in clear:
-- nn_hash is an HMAC-SHA256 (hex) for look-up, nn_cipher the AES-GCM ciphertext (base64), nn_masked
-- the year and month of birth only (85.07.**-***.**).

CREATE TABLE learning_employer (
    enterprise_number VARCHAR(10)  PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Employer keys (kind EMPLOYER, subject = enterprise number) and employee tokens (kind EMPLOYEE,
-- subject = national-number hash). The secret is stored as SHA-256.
CREATE TABLE learning_credential (
    id          VARCHAR(36)  PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    subject     VARCHAR(64)  NOT NULL,
    prefix      VARCHAR(8)   NOT NULL UNIQUE,
    secret_hash VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);

-- Average full-time equivalents an employer declares per quarter (its size for the training right).
CREATE TABLE learning_workforce (
    enterprise_number VARCHAR(10)   NOT NULL REFERENCES learning_employer (enterprise_number),
    period_year       INT           NOT NULL,
    period_quarter    INT           NOT NULL,
    fte               DECIMAL(12,2) NOT NULL,
    declared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_number, period_year, period_quarter)
);

-- Days per FTE a sector agreement of a joint committee sets for a year.
CREATE TABLE learning_sector_agreement (
    joint_committee VARCHAR(16)   NOT NULL,
    period_year     INT           NOT NULL,
    days            DECIMAL(6,2)  NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (joint_committee, period_year)
);

CREATE TABLE learning_employee (
    id                VARCHAR(36)  PRIMARY KEY,
    enterprise_number VARCHAR(10)  NOT NULL REFERENCES learning_employer (enterprise_number),
    nn_hash           VARCHAR(64)  NOT NULL,
    nn_cipher         VARCHAR(200) NOT NULL,
    nn_masked         VARCHAR(16)  NOT NULL,
    regime            DECIMAL(5,4) NOT NULL,
    joint_committee   VARCHAR(16),
    start_date        DATE         NOT NULL,
    end_date          DATE,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_learning_employee UNIQUE (enterprise_number, nn_hash)
);
CREATE INDEX ix_learning_employee_nn ON learning_employee (nn_hash);

CREATE TABLE learning_entitlement (
    employee_id  VARCHAR(36)  NOT NULL REFERENCES learning_employee (id),
    period_year  INT          NOT NULL,
    days         DECIMAL(6,2) NOT NULL,
    declared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (employee_id, period_year)
);

CREATE TABLE learning_training (
    id          VARCHAR(36)   PRIMARY KEY,
    employee_id VARCHAR(36)   NOT NULL REFERENCES learning_employee (id),
    kind        VARCHAR(32)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    provider    VARCHAR(200),
    start_date  DATE          NOT NULL,
    end_date    DATE          NOT NULL,
    days        DECIMAL(6,2)  NOT NULL,
    hours       DECIMAL(7,2),
    competences VARCHAR(2000),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_learning_training_employee ON learning_training (employee_id, start_date);

-- The individual learning account: certifications, qualifications, studies per citizen.
CREATE TABLE learning_certification (
    id          VARCHAR(36)   PRIMARY KEY,
    nn_hash     VARCHAR(64)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    issuer      VARCHAR(200)  NOT NULL,
    issued_on   DATE          NOT NULL,
    competences VARCHAR(2000),
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_learning_certification_nn ON learning_certification (nn_hash);
