-- Added to quotes.sql when the filter names stances (filter_stances(stance)).
a.stance IN (SELECT stance FROM filter_stances)
