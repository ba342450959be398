// Every indicator some loaded target measures (indicatorCode is set by the pipeline).
MATCH (t:Target) WHERE t.indicatorCode IS NOT NULL
WITH t.indicatorCode AS code, t.indicatorName AS name
RETURN DISTINCT code, name
ORDER BY code
