-- said-after-published: attributions dated after their source was published. A date is text
-- (YYYY, YYYY-MM or YYYY-MM-DD); its first day pads it with -01, its last day with -12 and -31,
-- and ISO dates compare as text, so "2023-09" is after "2023-08-31" and not after "2023".
SELECT a.id
FROM attributions AS a
JOIN sources AS s ON s.id = a.source
WHERE a.said IS NOT NULL
  AND s.published IS NOT NULL
  AND a.said <> s.published
  AND CASE length(a.said) WHEN 4 THEN a.said || '-01-01' WHEN 7 THEN a.said || '-01' ELSE a.said END
    > CASE length(s.published) WHEN 4 THEN s.published || '-12-31' WHEN 7 THEN s.published || '-31' ELSE s.published END
