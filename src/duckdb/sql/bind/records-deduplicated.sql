-- DuckDB: a table whose file repeats ids, without the later rows (see records.sql).
CREATE VIEW {table} AS
SELECT * FROM raw_{table} WHERE row_order NOT IN (SELECT row_order FROM later_{table})
