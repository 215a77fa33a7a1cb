import { z } from "zod";
import { CODE_LEVELS } from "../domain/classification.js";
import { METRIC_IDS, type MetricId } from "../domain/metrics.js";
import { TABLE_KIND_IDS } from "../domain/table-kinds.js";
import { COLUMN_KINDS, COLUMN_ROLES, SCOPES } from "../domain/vocabulary.js";

/**
 * The closed vocabularies of the records, generated from the domain tables (src/domain/), and the
 * typed reading of a table that recognise gives every table once (recognise/table-types.ts): what
 * each column holds and each row is, so that no check reads cell text again.
 */

/** `tables.kind`: the kinds of domain/table-kinds.ts. */
export const TableKindSchema = z.enum(TABLE_KIND_IDS);
/** `figures.metric`: the metrics of domain/metrics.ts. */
export const MetricSchema = z.enum(METRIC_IDS as [MetricId, ...MetricId[]]);
/** The money a figure, table or column covers (全部资金, 财政拨款, 一般公共预算, 政府性基金, 国有资本经营). */
export const ScopeSchema = z.enum(SCOPES);
/** Which year's kind of figure a column holds (预算数, 执行数, 决算数). */
export const ColumnKindSchema = z.enum(COLUMN_KINDS);
/** What a column holds among its siblings (合计, a part, a 其中 memo, last year's, a 栏次 number …). */
export const ColumnRoleSchema = z.enum(COLUMN_ROLES);
export const CodeLevelSchema = z.enum(CODE_LEVELS);
/** The side of a 收支总表 a column group is on. */
export const SideSchema = z.enum(["income", "spending"]);
/**
 * What a row (or one label/amount group of a row) is: a 合计/总计 (`total`), a 小计 (`subtotal`),
 * a 其中 row listing parts of the row above (`memo`), an item, or a row of column numbers (栏次 1 2 3).
 */
export const RowRoleSchema = z.enum(["header", "column-numbers", "total", "subtotal", "memo", "item"]);

export const ColumnRecordSchema = z.object({
  col: z.number().int().nonnegative(),
  /** The header path as recognised ("支出预算 / 基本支出"), "" when the table marked none. */
  header: z.string(),
  /** The header path's segments as match keys, repeats dropped ("合计 / 合计" → ["合计"]). */
  segments: z.array(z.string()),
  /** The column's name for messages and phrase matching: its header, else the texts printed above its first amount. */
  heading: z.string(),
  /** `amount`: recognise gave some cell an amount; `label`: it prints names or codes; `empty`: neither. */
  holds: z.enum(["amount", "label", "empty"]),
  /** Which label/amount group the column is in (the 收支总表 prints 收入 and 支出 pairs side by side); -1 for an empty column. */
  group: z.number().int(),
  role: ColumnRoleSchema,
  kind: ColumnKindSchema.nullable(),
  /** The year the header names ("2025年预算数" → 2025). */
  year: z.number().int().nullable(),
  /** The scope of funds the header names (财政拨款 / 一般公共预算 …), null when it names none. */
  scope: ScopeSchema.nullable(),
  unit: z.string().nullable(),
  /** The most decimals its amounts print (2 for 1,234.56). */
  decimals: z.number().int().nonnegative(),
  side: SideSchema.nullable(),
  /** A 单位编码 / 项目编码 / 序号 column: its numbers are not classification codes. */
  otherCodes: z.boolean(),
});
export type ColumnRecord = z.infer<typeof ColumnRecordSchema>;

/** A row's labels within one label/amount group. */
export const RowGroupSchema = z.object({
  group: z.number().int().nonnegative(),
  /** The classification code the group prints (2010301 from 201 | 03 | 01), read by domain/classification.ts. */
  code: z.string().nullable(),
  level: CodeLevelSchema.nullable(),
  /** The first and last names printed in the group (a 小计 row's group name and its own). */
  first: z.string(),
  name: z.string(),
  /** Every distinct name the group prints, left to right (match keys). */
  names: z.array(z.string()),
  /** The last name as printed (trimmed), for messages ("合　计", "“三公”经费"). */
  label: z.string(),
  /** The column the name sits in (sub-items sit further right in the 政府采购 table); -1 when uncoded and unnamed. */
  nameCol: z.number().int(),
  role: RowRoleSchema,
});
export type RowGroup = z.infer<typeof RowGroupSchema>;

export const RowRecordSchema = z.object({
  row: z.number().int().nonnegative(),
  /** The row's role: `header`, `column-numbers`, else its first labelled group's. */
  role: RowRoleSchema,
  /** The row's labels in each group that prints a code or a name there. */
  groups: z.array(RowGroupSchema),
});
export type RowRecord = z.infer<typeof RowRecordSchema>;

/** A typed table as the checks read it (TableRecord is one). */
interface TypedTable {
  columns: ColumnRecord[];
  rows: RowRecord[];
}

/** The labels a cell's row prints in the cell's own label/amount group (its code, name and role). */
export function groupAt(table: TypedTable, row: number, col: number): RowGroup | undefined {
  const group = table.columns[col]?.group;
  return group === undefined || group < 0 ? undefined : table.rows[row]?.groups.find((g) => g.group === group);
}
