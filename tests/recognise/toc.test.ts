import { describe, expect, it } from "vitest";
import type { TextBlock } from "../../src/model/document.js";
import { findTocBlocks } from "../../src/recognise/toc.js";

const page = (p: number, texts: string[]): TextBlock[] => texts.map((text, i) => ({ type: "text", text, page: p, line: i + 1 }));

describe("a table of contents without page numbers", () => {
  const toc = page(2, ["目 录", "第一部分 部门概况", "一、主要职责", "二、机构设置情况", "第二部分 2026年部门预算表", "第三部分 2026年部门预算情况说明", "第四部分 名词解释"]);
  it("ends where the body opens with its first part printed alone on a line", () => {
    const blocks = [...toc, ...page(3, ["第一部分", "部门概况"]), ...page(4, ["一、主要职责"])];
    expect([...findTocBlocks(blocks)]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it("ends where the body opens with its first part's title wrapped onto the next line", () => {
    const blocks = [...toc, ...page(3, ["第一部分 部门", "概况", "一、主要职责"])];
    expect([...findTocBlocks(blocks)]).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
