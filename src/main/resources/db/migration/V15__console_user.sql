-- Console users (web console login): BCrypt hash, the member they work for (NULL for hub operators), role.
CREATE TABLE console_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    member_code   VARCHAR(16)  REFERENCES member (code),
    role          VARCHAR(8)   NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT console_user_role CHECK (role IN ('USER', 'ADMIN'))
);
CREATE INDEX console_user_member ON console_user (member_code);
