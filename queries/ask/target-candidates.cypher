// Targets a question may name: by metric, or by words of their text. Light: owners are read for
// the chosen few only (target-owners).
MATCH (t:Target)
WHERE (t.metric IN $metrics OR any(term IN $terms WHERE t.text CONTAINS term OR t.metric CONTAINS term))
  AND ($year IS NULL OR t.year = $year)
RETURN t.id AS targetId, t.text AS text, t.metric AS metric, t.value AS value, t.valueMax AS valueMax, t.year AS year, t.status AS status
ORDER BY t.year DESC, t.id
LIMIT 200
