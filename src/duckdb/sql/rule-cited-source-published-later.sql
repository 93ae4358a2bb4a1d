-- cited-source-published-later: along each chain (the source, then each via document), a cited
-- document published after the one citing it. Each such pair of documents is reported once, at
-- the first attribution (by position in the file) whose chain has it. Dates compare as in
-- rule-said-after-published.sql.
WITH links AS (
  SELECT v.attribution, v.position, v.cited_by AS citing, v.id AS cited, v.row_order
  FROM attribution_via AS v
  WHERE v.type = 'source'
),
late AS (
  SELECT links.*,
    row_number() OVER (PARTITION BY links.citing, links.cited ORDER BY links.row_order, links.position) AS occurrence
  FROM links
  JOIN sources AS citing ON citing.id = links.citing
  JOIN sources AS cited ON cited.id = links.cited
  WHERE citing.published IS NOT NULL
    AND cited.published IS NOT NULL
    AND cited.published <> citing.published
    AND CASE length(cited.published) WHEN 4 THEN cited.published || '-01-01' WHEN 7 THEN cited.published || '-01' ELSE cited.published END
      > CASE length(citing.published) WHEN 4 THEN citing.published || '-12-31' WHEN 7 THEN citing.published || '-31' ELSE citing.published END
)
SELECT DISTINCT attribution AS id FROM late WHERE occurrence = 1
