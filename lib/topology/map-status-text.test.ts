import { describe, expect, it } from "vitest";
import { topology as en } from "@/lib/i18n/messages/en/topology";
import { topology as zh } from "@/lib/i18n/messages/zh-CN/topology";
import { mapStatusText } from "./map-status-text";

const none = { pairs: 0, interfaces: 0 };

describe("mapStatusText", () => {
  it("gives each count of the systems line its own form in English", () => {
    const one = mapStatusText({ t: en.status, locale: "en", groups: null, drawn: { systems: 1, interfaces: 1 }, totals: { systems: 1, interfaces: 1 }, omitted: none });
    expect(one.summary).toBe("1 system and 1 interface drawn (estate in view: 1 system, 1 interface)");
    const mixed = mapStatusText({ t: en.status, locale: "en", groups: null, drawn: { systems: 1, interfaces: 0 }, totals: { systems: 1000, interfaces: 5000 }, omitted: none });
    expect(mixed.summary).toBe("1 system and 0 interfaces drawn (estate in view: 1,000 systems, 5,000 interfaces)");
    expect(mixed.omitted).toBeNull();
  });

  it("counts groups and the pairs left undrawn in their forms", () => {
    const grouped = mapStatusText({ t: en.status, locale: "en", groups: 1, drawn: { systems: 0, interfaces: 0 }, totals: { systems: 1200, interfaces: 1 }, omitted: { pairs: 1, interfaces: 1 } });
    expect(grouped.summary).toBe("1 group standing for 1,200 systems and 1 interface");
    expect(grouped.omitted).toBe("1 smaller group pair (1 interface) is not drawn; each group shows its count.");
    const many = mapStatusText({ t: en.status, locale: "en", groups: 12, drawn: { systems: 0, interfaces: 0 }, totals: { systems: 1200, interfaces: 6000 }, omitted: { pairs: 3, interfaces: 40 } });
    expect(many.summary).toBe("12 groups standing for 1,200 systems and 6,000 interfaces");
    expect(many.omitted).toBe("3 smaller group pairs (40 interfaces) are not drawn; each group shows its count.");
  });

  it("writes Chinese with its one form for every count", () => {
    const one = mapStatusText({ t: zh.status, locale: "zh-CN", groups: null, drawn: { systems: 1, interfaces: 2 }, totals: { systems: 1, interfaces: 2 }, omitted: none });
    expect(one.summary).toBe("已绘制 1 个系统和 2 个接口（当前范围：1 个系统，2 个接口）");
    const grouped = mapStatusText({ t: zh.status, locale: "zh-CN", groups: 1, drawn: { systems: 0, interfaces: 0 }, totals: { systems: 1200, interfaces: 1 }, omitted: { pairs: 1, interfaces: 1 } });
    expect(grouped.summary).toBe("1 个分组，代表 1,200 个系统和 1 个接口");
    expect(grouped.omitted).toBe("有 1 对较小的分组连线（1 个接口）未绘制；各分组显示其数量。");
  });
});
