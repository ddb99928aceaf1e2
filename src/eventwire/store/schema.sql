-- eventwire store schema (DuckDB). Ids are deterministic hashes, so every write is an upsert and a rerun
-- after a crash neither loses nor duplicates rows. schema_version is kept in meta for migrations.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    inputs VARCHAR,
    status VARCHAR,
    articles INTEGER,
    skipped INTEGER,
    events INTEGER,
    discards INTEGER
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    external_id VARCHAR,
    title VARCHAR,
    url VARCHAR,
    publish_date DATE,
    source VARCHAR,
    member VARCHAR,
    fmt VARCHAR,
    language VARCHAR,
    text VARCHAR,
    n_events INTEGER,
    run_id VARCHAR,
    stored_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    event VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    actor_code VARCHAR,
    actor_sector VARCHAR,
    actor_name VARCHAR,
    recipient_code VARCHAR,
    recipient_sector VARCHAR,
    recipient_name VARCHAR,
    actor JSON,
    recipient JSON,
    date VARCHAR,
    date_precision VARCHAR,
    event_date DATE,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    historical BOOLEAN,
    quad_code INTEGER,
    cameo_root VARCHAR,
    goldstein DOUBLE,
    event_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    sentence VARCHAR,
    confidence DOUBLE,
    loc_name VARCHAR,
    loc_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE
);

CREATE TABLE IF NOT EXISTS entities (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    code VARCHAR,
    sector VARCHAR,
    name VARCHAR,
    type VARCHAR,
    role VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    speaker VARCHAR,
    speaker_code VARCHAR,
    speaker_sector VARCHAR,
    kind VARCHAR
);

CREATE TABLE IF NOT EXISTS timexes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    value VARCHAR,
    kind VARCHAR,
    mod VARCHAR
);

CREATE TABLE IF NOT EXISTS places (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    name VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT
);

CREATE TABLE IF NOT EXISTS quarantine (
    id VARCHAR PRIMARY KEY,
    source VARCHAR,
    member VARCHAR,
    record_offset BIGINT,
    reason VARCHAR,
    message VARCHAR,
    doc_id VARCHAR,
    run_id VARCHAR,
    stored_at TIMESTAMP
);

-- Schema 2: dedup (docs/DEDUP.md). Columns are added with ALTER so that a new store and a migrated version 1
-- store end up with the same column order.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;  -- earliest stored copy of the story
ALTER TABLE articles ADD COLUMN IF NOT EXISTS previous_version VARCHAR;  -- the article stored before under its URL
ALTER TABLE events ADD COLUMN IF NOT EXISTS duplicate BOOLEAN DEFAULT FALSE;  -- from a near-duplicate article
ALTER TABLE events ADD COLUMN IF NOT EXISTS event_cluster VARCHAR;  -- the real-world event it reports

-- MinHash signature per article (little-endian uint64 values) and the story it belongs to.
CREATE TABLE IF NOT EXISTS signatures (
    article_id VARCHAR PRIMARY KEY,
    root_id VARCHAR,
    jaccard DOUBLE,
    signature BLOB,
    stored_at TIMESTAMP
);

-- LSH bands: one row per (band hash, article); candidates are looked up by band hash through the index.
CREATE TABLE IF NOT EXISTS signature_bands (
    band_hash BIGINT,
    article_id VARCHAR
);
CREATE INDEX IF NOT EXISTS signature_bands_hash ON signature_bands (band_hash);

-- One row per cluster of events reporting the same real-world event; anchored by its first member.
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY,
    group_key VARCHAR,
    anchor_start DATE,
    anchor_grain VARCHAR,
    event VARCHAR,
    actor_code VARCHAR,
    recipient_code VARCHAR,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    n_articles INTEGER,
    n_mentions INTEGER,
    n_copies INTEGER,
    first_seen DATE,
    last_seen DATE
);
CREATE INDEX IF NOT EXISTS event_clusters_group ON event_clusters (group_key);
