-- Exchange quality monitoring: daily volumes and rejection reasons per member and channel, and alerts.

CREATE TABLE quality_daily (
    stat_day DATE        NOT NULL,
    member  VARCHAR(16) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    records BIGINT      NOT NULL,
    PRIMARY KEY (stat_day, member, channel, outcome)
);

CREATE TABLE quality_problem (
    stat_day DATE         NOT NULL,
    member  VARCHAR(16)  NOT NULL,
    channel VARCHAR(16)  NOT NULL,
    field   VARCHAR(100) NOT NULL,
    code    VARCHAR(40)  NOT NULL,
    records BIGINT       NOT NULL,
    PRIMARY KEY (stat_day, member, channel, field, code)
);

CREATE TABLE quality_alert (
    id          VARCHAR(36)   PRIMARY KEY,
    kind        VARCHAR(40)   NOT NULL,
    subject     VARCHAR(100)  NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_quality_alert_open ON quality_alert (kind, subject, resolved_at);
