-- One key per department across the names it is printed under (中国共产党江苏省委员会办公厅 =
-- 中共江苏省委办公厅 = 江苏省委办公厅): group by it to compare a department's documents and years.
ALTER TABLE documents ADD COLUMN department_key TEXT;
CREATE INDEX documents_department_key ON documents (department_key, fiscal_year);
