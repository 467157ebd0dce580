-- realpolitik store schema. Bump SCHEMA_VERSION in store.py when this changes.
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    title VARCHAR,
    date DATE,
    lang VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    meta JSON,
    n_sentences INTEGER,
    n_events INTEGER,
    n_quotes INTEGER,
    ingest_run INTEGER,
    ingested_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, sentence_index)
);

-- events coded from documents (doc_id set) and events read from datasets (dataset set)
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    sentence_index INTEGER,
    sentence VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    event_type VARCHAR,      -- NULL only for dataset events whose CAMEO code has no PLOVER type
    mode VARCHAR,
    cameo VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    date VARCHAR,
    date_precision VARCHAR,
    date_text VARCHAR,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    confidence DOUBLE,
    dataset VARCHAR,         -- gdelt | acled; NULL for events coded from documents
    row_id VARCHAR,          -- the dataset's own id for the row
    url VARCHAR,
    action_country VARCHAR,  -- ISO3 of where it happened, when the dataset says
    fatalities INTEGER,
    extra JSON               -- every other field the dataset gave, so nothing is lost
);

-- SIPRI Trade Register: one row per deal and delivery year
CREATE TABLE IF NOT EXISTS arms_transfers (
    record_id VARCHAR PRIMARY KEY,
    row_id VARCHAR,
    dataset VARCHAR,
    supplier VARCHAR, supplier_iso3 VARCHAR, supplier_kind VARCHAR,
    recipient VARCHAR, recipient_iso3 VARCHAR, recipient_kind VARCHAR,
    designation VARCHAR, description VARCHAR, category VARCHAR, status VARCHAR,
    order_year INTEGER, delivery_year INTEGER, numbers_delivered DOUBLE,
    tiv_deal_unit DOUBLE, tiv_delivered DOUBLE,
    extra JSON
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    text VARCHAR NOT NULL,
    speaker_text VARCHAR,
    speaker_name VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR,
    char_start INTEGER,
    char_end INTEGER
);

-- every actor the coder resolved, with how often it was seen
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (code, name)
);

CREATE SEQUENCE IF NOT EXISTS ingest_run_seq START 1;

CREATE TABLE IF NOT EXISTS ingest_log (
    run_id INTEGER PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR,          -- running | done | failed (a run left 'running' was interrupted)
    inputs VARCHAR,
    read INTEGER,
    stored INTEGER,
    duplicates INTEGER,
    rejected INTEGER
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    run_id INTEGER,
    source VARCHAR,
    line INTEGER,
    message VARCHAR
);
