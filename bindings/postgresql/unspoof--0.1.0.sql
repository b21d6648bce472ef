-- unspoof extension, version 0.1.0. Load with CREATE EXTENSION unspoof.
\echo Use "CREATE EXTENSION unspoof" to load this file. \quit

-- The text with lookalike characters restored, fancy-font letters made plain,
-- invisible characters inside words and stacked marks removed.
CREATE FUNCTION unspoof_clean(text) RETURNS text
AS 'MODULE_PATHNAME', 'pg_unspoof_clean'
LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT;

-- The findings and verdict, as `unspoof scan --json` gives them (without the
-- path), each finding also with its 1-based character "position" for substr().
CREATE FUNCTION unspoof_scan(text) RETURNS jsonb
AS 'MODULE_PATHNAME', 'pg_unspoof_scan'
LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT;

-- 'clean', 'suspicious' or 'obfuscated'.
CREATE FUNCTION unspoof_verdict(text) RETURNS text
AS 'MODULE_PATHNAME', 'pg_unspoof_verdict'
LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT;

-- The UTS #39 skeleton: two strings are confusable exactly when their
-- skeletons are equal. Index it to find impersonations fast.
CREATE FUNCTION unspoof_skeleton(text) RETURNS text
AS 'MODULE_PATHNAME', 'pg_unspoof_skeleton'
LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT;

-- True when the two strings are confusable (UTS #39 §4).
CREATE FUNCTION unspoof_confusable(text, text) RETURNS boolean
AS 'MODULE_PATHNAME', 'pg_unspoof_confusable'
LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT;

-- UTS #39 checks of an identifier, as `unspoof check --json` gives them.
CREATE FUNCTION unspoof_check(text) RETURNS jsonb
AS 'MODULE_PATHNAME', 'pg_unspoof_check'
LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT;
