-- Added to quotes.sql when the filter names modes (filter_modes(mode)).
a.mode IN (SELECT mode FROM filter_modes)
