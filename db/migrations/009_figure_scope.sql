-- The scope of funds a figure's money covers (issue 10): all the department's funds, 财政拨款, or one
-- budget (一般公共预算, 政府性基金, 国有资本经营). A table figure's is its table's (named in its title,
-- else by its kind); NULL where it is not read (text figures, for now). Its own column, never a
-- prefix inside `metric`, whose values stay the canonical list of docs/CONTRACT.md.
ALTER TABLE figures ADD COLUMN scope TEXT CHECK (scope IN ('all', 'appropriation', 'general_budget', 'gov_fund', 'state_capital'));
