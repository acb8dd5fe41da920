-- The publish path looks up a batch's references with "reference IN (...)". H2 only uses an index for an IN list
-- on the index's first column, and the unique constraint starts with member_code, so H2 scanned every vacancy of
-- the member for each batch (measured: publish throughput fell as the table grew). Index the reference alone.
CREATE INDEX ix_vacancy_reference ON vacancy (reference);
