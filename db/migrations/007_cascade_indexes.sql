-- Replacing or pruning one document deletes its sections and tables, and SQLite then finds the rows
-- that point at each of them (ON DELETE CASCADE / SET NULL). Without these indexes every such lookup
-- read the whole figures and line_items tables: one changed file cost time in proportion to the
-- corpus (4.5 s for one document among 5,000). With them it costs its own size.
CREATE INDEX IF NOT EXISTS figures_table ON figures (table_id);
CREATE INDEX IF NOT EXISTS figures_section ON figures (section_id);
CREATE INDEX IF NOT EXISTS line_items_table ON line_items (table_id);
CREATE INDEX IF NOT EXISTS sections_parent ON sections (parent_id);
CREATE INDEX IF NOT EXISTS tables_section ON tables (section_id);
