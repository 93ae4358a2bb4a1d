-- DuckDB binding of one table to its Parquet file: every column as written, plus row_order, the
-- row's position in the file. {table} and {file} are filled in by the engine.
CREATE VIEW raw_{table} AS
SELECT * EXCLUDE (file_row_number), file_row_number AS row_order
FROM read_parquet('{file}', file_row_number = true);
