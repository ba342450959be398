// Indicators: targets are found by the indicator they measure (Query.indicator, TargetFilter.indicator, ask).
CREATE INDEX target_indicator IF NOT EXISTS FOR (n:Target) ON (n.indicatorCode);
