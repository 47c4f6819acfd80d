import type { bulk as en } from "../en/bulk";

export const bulk: typeof en = {
  selectPage: "选择本页全部",
  selectRow: "选择 {name}",
  bar: "已选记录",
  selected: "已选 {count} 项",
  selectedAcrossPages: "跨页已选 {count} 项",
  assignOwners: "指定负责人…",
  clearSelection: "清除选择",
  tooMany: { one: "每次最多选择 {count} 条记录。", other: "每次最多选择 {count} 条记录。" },
  dialog: {
    systemsTitle: { one: "为 {count} 个系统指定负责人", other: "为 {count} 个系统指定负责人" },
    interfacesTitle: { one: "为 {count} 个接口指定负责人", other: "为 {count} 个接口指定负责人" },
    intro: "只写入你修改的字段。每条发生变化的记录都会在审计日志中单独记一条。",
    leave: "保持不变",
    setTo: "设为…",
    clear: "清空",
    apply: "应用",
    applying: "正在指定…",
    nothingChosen: "请至少选择一项修改。",
    chooseTeam: "请选择团队。",
    choosePerson: "请选择人员。",
    missing: { one: "所选记录中有 {count} 条已不存在，未做任何修改。", other: "所选记录中有 {count} 条已不存在，未做任何修改。" },
    deselectMissing: "取消选择这些记录",
  },
  success: { one: "已为 {count} 条记录指定负责人（{unchanged} 条未变化）。", other: "已为 {count} 条记录指定负责人（{unchanged} 条未变化）。" },
  dismiss: "关闭",
};
