-- Lag from a vacancy's change in the source member's own system (its sourceUpdatedAt) to the hub's
-- receipt, per day, member and channel: the records measured, the sum and maximum in seconds, and a
-- histogram (records received within 1 min, 5 min, 15 min, 1 h, 6 h, 24 h, later) for percentiles.
CREATE TABLE quality_source_lag (
    stat_day    DATE        NOT NULL,
    member      VARCHAR(16) NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    records     BIGINT      NOT NULL,
    lag_sum     BIGINT      NOT NULL,
    lag_max     BIGINT      NOT NULL,
    within_1m   BIGINT      NOT NULL,
    within_5m   BIGINT      NOT NULL,
    within_15m  BIGINT      NOT NULL,
    within_1h   BIGINT      NOT NULL,
    within_6h   BIGINT      NOT NULL,
    within_24h  BIGINT      NOT NULL,
    later       BIGINT      NOT NULL,
    PRIMARY KEY (stat_day, member, channel)
);
