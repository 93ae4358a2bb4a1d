-- Attributions by mode and stance.
SELECT mode, stance, count(*) AS attributions
FROM attributions
GROUP BY mode, stance
